/* compose.c — the document a scenario is read from: parsing with source tags, `extends`
 * (a child mapping merged over its base: mappings recursively, anything else replaced), and
 * --set overrides addressed by paths. See compose.h. */
/* realpath() is XSI */
#define _XOPEN_SOURCE 700
#include "scenario/compose.h"
#include "base/invariant.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_EXTENDS_DEPTH 16

/* Copies node `id` of src (with its marks) into dst; returns the new id, or 0 on failure. */
static int copy_node(yaml_document_t *dst, yaml_document_t *src, int id)
{
    yaml_node_t *n = yaml_document_get_node(src, id);
    /* Sources are checked one by one; this bounds what composing them builds (aliases expand). */
    if (!n || dst->nodes.top - dst->nodes.start > LV__YAML_MAX_NODES)
        return 0;
    yaml_mark_t start = n->start_mark, end = n->end_mark;
    int out = 0;
    switch (n->type) {
    case YAML_SCALAR_NODE:
        out = yaml_document_add_scalar(dst, n->tag, n->data.scalar.value, (int)n->data.scalar.length,
                                       n->data.scalar.style);
        break;
    case YAML_SEQUENCE_NODE: {
        int count = (int)(n->data.sequence.items.top - n->data.sequence.items.start);
        out = yaml_document_add_sequence(dst, n->tag, n->data.sequence.style);
        for (int i = 0; out && i < count; i++) {
            /* src's node array is not touched, but re-read it: n stays valid */
            int item = copy_node(dst, src, yaml_document_get_node(src, id)->data.sequence.items.start[i]);
            if (!item || !yaml_document_append_sequence_item(dst, out, item))
                return 0;
        }
        break;
    }
    case YAML_MAPPING_NODE: {
        int count = (int)(n->data.mapping.pairs.top - n->data.mapping.pairs.start);
        out = yaml_document_add_mapping(dst, n->tag, n->data.mapping.style);
        for (int i = 0; out && i < count; i++) {
            yaml_node_pair_t p = yaml_document_get_node(src, id)->data.mapping.pairs.start[i];
            int k = copy_node(dst, src, p.key), v = copy_node(dst, src, p.value);
            if (!k || !v || !yaml_document_append_mapping_pair(dst, out, k, v))
                return 0;
        }
        break;
    }
    default: /* libyaml makes only the three kinds above */
        LV_UNREACHABLE("a YAML node of no kind");
        return 0;
    }
    if (out) {
        yaml_node_t *c = yaml_document_get_node(dst, out);
        c->start_mark = start;
        c->end_mark = end;
    }
    return out;
}

static const char *scalar_of(yaml_document_t *doc, int id)
{
    yaml_node_t *n = yaml_document_get_node(doc, id);
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

/* The index of the pair with key `key` in mapping `map`, or -1. */
static int find_pair(yaml_document_t *doc, int map, const char *key)
{
    yaml_node_t *m = yaml_document_get_node(doc, map);
    int count = (int)(m->data.mapping.pairs.top - m->data.mapping.pairs.start);
    for (int i = 0; i < count; i++) {
        const char *k = scalar_of(doc, m->data.mapping.pairs.start[i].key);
        if (k && strcmp(k, key) == 0)
            return i;
    }
    return -1;
}

/* The key of mapping map nearest to word, by lv__suggest's rule (a few edits), or NULL. */
static const char *nearest_key(yaml_document_t *doc, int map, const char *word)
{
    yaml_node_t *m = yaml_document_get_node(doc, map);
    size_t n = (size_t)(m->data.mapping.pairs.top - m->data.mapping.pairs.start), k = 0;
    struct lv_key *keys = calloc(n + 1, sizeof *keys); /* the mapping's keys as a table, NULL-ended */
    if (!keys)
        return NULL; /* no suggestion: the message stands without it */
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++)
        if ((keys[k].name = scalar_of(doc, p->key)))
            k++;
    const char *near = lv__suggest(word, keys);
    free(keys);
    return near;
}

/* Refuses duplicate keys in the mappings under node of a file that extends another. Its keys are
 * merged one by one into its base's, so of two equal keys the last silently won ('seed: 1' then
 * 'seed: 2' ran with 2), where a file without extends is refused by the reader. where: the path
 * so far ("" at the top). Returns the number of duplicates found. */
static int refuse_duplicates(yaml_document_t *doc, int node, const char *where, const struct lv__sources *s, int id,
                             struct lv_diags *d, bool *seen)
{
    yaml_node_t *n = yaml_document_get_node(doc, node);
    if (!n || seen[node]) /* an alias's node is walked once, however often it is used */
        return 0;
    seen[node] = true;
    int found = 0;
    char inner[512], what[560];
    if (n && n->type == YAML_SEQUENCE_NODE) {
        int i = 0;
        for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++, i++) {
            snprintf(inner, sizeof inner, "%.490s[%d]", where, i);
            found += refuse_duplicates(doc, *it, inner, s, id, d, seen);
        }
        return found;
    }
    if (!n || n->type != YAML_MAPPING_NODE)
        return 0;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *k = scalar_of(doc, p->key);
        if (!k)
            continue;
        for (yaml_node_pair_t *q = n->data.mapping.pairs.start; q < p; q++) {
            const char *earlier = scalar_of(doc, q->key);
            if (earlier && strcmp(earlier, k) == 0) {
                yaml_node_t *kn = yaml_document_get_node(doc, p->key);
                if (*where)
                    snprintf(what, sizeof what, "'%s'", where); /* syntax, not a message: a key path */
                else
                    snprintf(what, sizeof what, "%s", lv_msg(LV_MSG_P_THE_SCENARIO, d->lang));
                lv_diags_msg(d, s->item[id].name, s->item[id].text, (int)kn->start_mark.line + 1,
                             (int)kn->start_mark.column + 1, (int)strlen(k), LV_MSG_E_DUPLICATE_KEY, k, what, NULL);
                found++;
                break;
            }
        }
        snprintf(inner, sizeof inner, "%.250s%s%.250s", where, *where ? "." : "", k);
        found += refuse_duplicates(doc, p->value, inner, s, id, d, seen);
    }
    return found;
}

/* Merges mapping src_map of src over mapping dst_map of dst: the child wins. */
static int merge(yaml_document_t *dst, int dst_map, yaml_document_t *src, int src_map, bool top)
{
    int count = (int)(yaml_document_get_node(src, src_map)->data.mapping.pairs.top -
                      yaml_document_get_node(src, src_map)->data.mapping.pairs.start);
    for (int i = 0; i < count; i++) {
        yaml_node_pair_t p = yaml_document_get_node(src, src_map)->data.mapping.pairs.start[i];
        const char *key = scalar_of(src, p.key);
        if (top && key && strcmp(key, "extends") == 0)
            continue;
        int at = key ? find_pair(dst, dst_map, key) : -1;
        if (at >= 0) {
            yaml_node_pair_t *q = &yaml_document_get_node(dst, dst_map)->data.mapping.pairs.start[at];
            yaml_node_t *old = yaml_document_get_node(dst, q->value), *new = yaml_document_get_node(src, p.value);
            if (old->type == YAML_MAPPING_NODE && new->type == YAML_MAPPING_NODE) {
                if (merge(dst, q->value, src, p.value, false) != 0)
                    return -1;
                continue;
            }
            int v = copy_node(dst, src, p.value);
            if (!v)
                return -1;
            yaml_document_get_node(dst, dst_map)->data.mapping.pairs.start[at].value = v;
        } else {
            int k = copy_node(dst, src, p.key), v = copy_node(dst, src, p.value);
            if (!k || !v || !yaml_document_append_mapping_pair(dst, dst_map, k, v))
                return -1;
        }
    }
    return 0;
}

/* Where a base file is named: errors reading it point at the `extends:` value. */
struct origin {
    int source, line, column, span;
    const char *base;
};

/* Loads `path` (or text) into doc, following `extends` chains. chain holds the files above. */
static int compose_file(yaml_document_t *doc, const char *path, const char *text, const char *name,
                        struct lv__sources *s, struct lv_diags *d, char chain[][PATH_MAX], int depth,
                        const struct origin *from)
{
    size_t length = 0;
    char *owned = NULL;
    if (path) {
        char why[160];
        owned = lv__read_text(path, LV__MAX_FILE_BYTES, &length, d->lang, why, sizeof why);
        if (!owned) {
            if (from)
                lv_diags_msg(d, s->item[from->source].name, s->item[from->source].text, from->line, from->column,
                             from->span, LV_MSG_E_EXTENDS_UNREADABLE, from->base, why, NULL);
            else
                lv_diags_msg(d, path, NULL, 0, 0, 1, LV_MSG_E_CANNOT_READ, why, NULL);
            return -1;
        }
        text = owned;
    } else {
        length = strlen(text);
    }
    int id = lv__sources_add(s, path ? path : name, text, length, false);
    free(owned);
    if (id < 0) {
        lv_diags_msg(d, path ? path : name, NULL, 0, 0, 1, LV_MSG_E_TOO_MANY_FILES, NULL);
        return -1;
    }
    s->item[id].file = path != NULL;
    yaml_document_t child;
    if (lv__yaml_parse(&child, s, id, d) != 0)
        return -1;
    yaml_node_t *root = yaml_document_get_root_node(&child);
    int at = root && root->type == YAML_MAPPING_NODE ? find_pair(&child, 1, "extends") : -1;
    if (at < 0) {
        *doc = child;
        return 0;
    }
    bool *seen = calloc((size_t)(child.nodes.top - child.nodes.start) + 1, sizeof *seen);
    bool walked = seen != NULL;
    int duplicates = walked ? refuse_duplicates(&child, 1, "", s, id, d, seen) : 0;
    free(seen);
    if (!walked || duplicates > 0) {
        if (!walked)
            lv_diags_msg(d, s->item[id].name, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        yaml_document_delete(&child);
        return -1;
    }
    yaml_node_pair_t pair = root->data.mapping.pairs.start[at];
    yaml_node_t *vn = yaml_document_get_node(&child, pair.value);
    const char *base = scalar_of(&child, pair.value);
    int line = (int)vn->start_mark.line + 1, col = (int)vn->start_mark.column + 1;
    if (!base || !*base) {
        lv_diags_msg(d, s->item[id].name, s->item[id].text, line, col, 1, LV_MSG_E_EXTENDS_NOT_A_PATH, NULL);
        yaml_document_delete(&child);
        return -1;
    }
    /* Relative to the directory of the file that names it. */
    char resolved[PATH_MAX], real[PATH_MAX];
    const char *slash = path ? strrchr(path, '/') : NULL;
    if (base[0] != '/' && slash)
        snprintf(resolved, sizeof resolved, "%.*s/%s", (int)(slash - path), path, base);
    else
        snprintf(resolved, sizeof resolved, "%s", base);
    if (!realpath(resolved, real)) {
        lv_diags_msg(d, s->item[id].name, s->item[id].text, line, col, (int)strlen(base),
                     LV_MSG_E_EXTENDS_CANNOT_OPEN, base, strerror(errno), NULL);
        yaml_document_delete(&child);
        return -1;
    }
    for (int i = 0; i < depth; i++)
        if (strcmp(chain[i], real) == 0) {
            lv_diags_msg(d, s->item[id].name, s->item[id].text, line, col, (int)strlen(base),
                         LV_MSG_E_EXTENDS_CIRCULAR, base, s->item[id].name, NULL);
            yaml_document_delete(&child);
            return -1;
        }
    if (depth + 1 >= MAX_EXTENDS_DEPTH) {
        lv_diags_msg(d, s->item[id].name, s->item[id].text, line, col, 1, LV_MSG_E_EXTENDS_TOO_LONG,
                     lv_msg_int(MAX_EXTENDS_DEPTH).s, NULL);
        yaml_document_delete(&child);
        return -1;
    }
    snprintf(chain[depth + 1], PATH_MAX, "%s", real);
    yaml_document_t parent;
    struct origin here = {id, line, col, (int)strlen(base), base};
    if (compose_file(&parent, resolved, NULL, NULL, s, d, chain, depth + 1, &here) != 0) {
        yaml_document_delete(&child);
        return -1;
    }
    yaml_node_t *proot = yaml_document_get_root_node(&parent);
    if (!proot || proot->type != YAML_MAPPING_NODE) {
        lv_diags_msg(d, s->item[id].name, s->item[id].text, line, col, (int)strlen(base),
                     LV_MSG_E_EXTENDS_NOT_A_SCENARIO, base, NULL);
        yaml_document_delete(&parent);
        yaml_document_delete(&child);
        return -1;
    }
    int rc = merge(&parent, 1, &child, 1, true);
    yaml_document_delete(&child);
    if (rc != 0) {
        lv_diags_msg(d, s->item[id].name, NULL, 0, 0, 1, LV_MSG_E_COMPOSE_TOO_LARGE,
                     lv_msg_int(LV__YAML_MAX_NODES).s, NULL);
        yaml_document_delete(&parent);
        return -1;
    }
    *doc = parent;
    return 0;
}

/* A list index as typed in a path: decimal digits, no sign, spaces or leading zeros. Returns it,
 * -1 if the text is a name instead, or -2 if it is a number out of range. */
static long list_index(const char *t)
{
    size_t n = strspn(t, "0123456789");
    if (n == 0 || t[n] != '\0' || (t[0] == '0' && n > 1))
        return -1;
    if (n > 9)
        return -2;
    return strtol(t, NULL, 10);
}

/* Path segments: "name", "[3]" or "[north]". */
struct segment {
    char text[128];
    bool bracket;
};

static int split_path(const char *path, struct segment *seg, int max)
{
    int n = 0;
    const char *p = path;
    while (*p) {
        if (n == max)
            return -1;
        struct segment *g = &seg[n++];
        g->bracket = *p == '[';
        size_t len;
        if (g->bracket) {
            const char *close = strchr(p, ']');
            if (!close || close == p + 1)
                return -1;
            len = (size_t)(close - p - 1);
            if (len >= sizeof g->text)
                return -1;
            memcpy(g->text, p + 1, len);
            p = close + 1;
            if (*p == '.')
                p++;
        } else {
            len = strcspn(p, ".[");
            if (len == 0 || len >= sizeof g->text)
                return -1;
            memcpy(g->text, p, len);
            p += len;
            if (*p == '.') {
                p++;
                if (!*p)
                    return -1;
            }
        }
        g->text[len] = '\0';
    }
    return n;
}

static void tag_node(yaml_document_t *doc, int id, int source)
{
    yaml_node_t *n = yaml_document_get_node(doc, id);
    n->start_mark = n->end_mark = (yaml_mark_t){.index = (size_t)source};
}

/* Applies one override to doc. */
static int apply(yaml_document_t *doc, const struct lv_override *ov, struct lv__sources *s, struct lv_diags *d)
{
    char name[600];
    bool add_staff = strcmp(ov->path, LV__ADD_STAFF_PATH) == 0;
    if (ov->label)
        snprintf(name, sizeof name, "%.590s", ov->label);
    else if (add_staff)
        snprintf(name, sizeof name, "--add-staff '%.500s'", ov->value);
    else
        snprintf(name, sizeof name, "--set '%.500s'", ov->text);
    if (add_staff)
        return lv__add_staff(doc, ov->value, name, s, d);
    struct segment seg[32];
    int n = split_path(ov->path, seg, 32);
    if (n <= 0) {
        lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_NOT_A_PATH, ov->path, NULL);
        return -1;
    }
    int id = lv__sources_add(s, name, ov->value, strlen(ov->value), !ov->whole_file);
    if (id < 0) {
        lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_TOO_MANY, NULL);
        return -1;
    }
    yaml_document_t value;
    if (strlen(ov->value) == 0) {
        lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_EMPTY, NULL);
        return -1;
    }
    if (lv__yaml_parse(&value, s, id, d) != 0)
        return -1;
    int rc = -1;
    int at = 1; /* the root */
    char where[512] = "";
    yaml_node_t *root = yaml_document_get_root_node(doc);
    if (!root) {
        lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_NO_SCENARIO, NULL);
        goto done;
    }
    for (int i = 0; i < n; i++) {
        yaml_node_t *cur = yaml_document_get_node(doc, at);
        bool last = i == n - 1;
        size_t wl = strlen(where);
        if (wl < sizeof where - 140) /* a segment is at most 127 characters */
            snprintf(where + wl, sizeof where - wl, "%s%.127s%s", seg[i].bracket ? "[" : (wl ? "." : ""), seg[i].text,
                     seg[i].bracket ? "]" : "");
        if (!seg[i].bracket) {
            if (cur->type != YAML_MAPPING_NODE) {
                lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_PARENT_NOT_MAPPING, where, NULL);
                goto done;
            }
            int p = find_pair(doc, at, seg[i].text);
            if (p < 0 && !last && seg[i + 1].bracket) {
                const char *near = nearest_key(doc, at, seg[i].text);
                if (near)
                    lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_NO_LIST_SUGGEST, where, seg[i + 1].text, near, NULL);
                else
                    lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_NO_LIST_TO_SELECT, where, seg[i + 1].text, NULL);
                goto done;
            }
            if (p >= 0 && !last) {
                at = yaml_document_get_node(doc, at)->data.mapping.pairs.start[p].value;
                continue;
            }
            int v = last ? copy_node(doc, &value, 1)
                         : yaml_document_add_mapping(doc, NULL, YAML_FLOW_MAPPING_STYLE);
            if (!v)
                goto oom;
            if (!last)
                tag_node(doc, v, id);
            if (p >= 0) {
                yaml_document_get_node(doc, at)->data.mapping.pairs.start[p].value = v;
            } else {
                int k = yaml_document_add_scalar(doc, NULL, (yaml_char_t *)seg[i].text, -1, YAML_PLAIN_SCALAR_STYLE);
                if (!k)
                    goto oom;
                tag_node(doc, k, id);
                if (!yaml_document_append_mapping_pair(doc, at, k, v))
                    goto oom;
            }
            at = v;
            continue;
        }
        if (cur->type != YAML_SEQUENCE_NODE) {
            lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_NOT_A_LIST, where, NULL);
            goto done;
        }
        int count = (int)(cur->data.sequence.items.top - cur->data.sequence.items.start), k = -1;
        long idx = list_index(seg[i].text);
        if (idx >= 0 || idx == -2) {
            if (idx < 0 || idx >= count) { /* idx == -2: too many digits */
                lv_diags_msg(d, name, NULL, 0, 0, 1, count == 1 ? LV_MSG_E_SET_INDEX_RANGE_ONE : LV_MSG_E_SET_INDEX_RANGE,
                             where, lv_msg_int(count).s, lv_msg_int(count - 1).s, NULL);
                goto done;
            }
            k = (int)idx;
        } else {
            for (int j = 0; j < count; j++) {
                int item = yaml_document_get_node(doc, at)->data.sequence.items.start[j];
                yaml_node_t *it = yaml_document_get_node(doc, item);
                if (it->type != YAML_MAPPING_NODE)
                    continue;
                int p = find_pair(doc, item, "name");
                const char *nm = p >= 0 ? scalar_of(doc, it->data.mapping.pairs.start[p].value) : NULL;
                if (nm && strcmp(nm, seg[i].text) == 0)
                    k = j;
            }
            if (k < 0 && seg[i].text[strspn(seg[i].text, " \t+-0123456789")] == '\0') {
                lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_BAD_INDEX, seg[i].text, lv_msg_int(count - 1).s, NULL);
                goto done;
            }
            if (k < 0) {
                lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_NO_NAME, where, seg[i].text, NULL);
                goto done;
            }
        }
        if (last) {
            int v = copy_node(doc, &value, 1);
            if (!v)
                goto oom;
            yaml_document_get_node(doc, at)->data.sequence.items.start[k] = v;
        } else {
            at = yaml_document_get_node(doc, at)->data.sequence.items.start[k];
        }
    }
    rc = 0;
    goto done;
oom:
    lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_TOO_LARGE, lv_msg_int(LV__YAML_MAX_NODES).s, NULL);
done:
    yaml_document_delete(&value);
    return rc;
}

int lv__compose(yaml_document_t *doc, const char *path, const char *text, const char *name,
                const struct lv_override *overrides, int override_count, struct lv__sources *sources,
                struct lv_diags *diags)
{
    char (*files)[PATH_MAX] = malloc(sizeof(char[MAX_EXTENDS_DEPTH][PATH_MAX]));
    if (!files) {
        lv_diags_msg(diags, name ? name : path, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return -1;
    }
    files[0][0] = '\0';
    if (path && !realpath(path, files[0]))
        snprintf(files[0], PATH_MAX, "%s", path);
    int rc = compose_file(doc, path, text, name, sources, diags, files, 0, NULL);
    free(files);
    if (rc != 0)
        return -1;
    for (int i = 0; i < override_count; i++)
        if (apply(doc, &overrides[i], sources, diags) != 0)
            rc = -1;
    if (rc != 0)
        yaml_document_delete(doc);
    return rc;
}
