/* yamldoc.c — guarded YAML parsing and the diagnostics-reporting reader; see yamldoc.h.
 * A cheap event pass runs before libyaml builds the document, so a file that would nest or
 * grow without bound is refused before it takes memory; aliases are then checked on the built
 * document without ever expanding them (sizes are summed once per node). */
#include "base/yamldoc.h"
#include "base/invariant.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- sources and files ---- */

static char *copy_text(const char *text, size_t n)
{
    char *c = malloc(n + 1);
    if (c) {
        memcpy(c, text, n);
        c[n] = '\0';
    }
    return c;
}

int lv__sources_add(struct lv__sources *s, const char *name, const char *text, size_t n, bool override)
{
    if (s->count == LV__MAX_SOURCES)
        return -1;
    struct lv__source *src = &s->item[s->count];
    src->name = copy_text(name, strlen(name));
    src->text = copy_text(text, n);
    src->length = n;
    src->override = override;
    if (!src->name || !src->text) {
        free(src->name);
        free(src->text);
        return -1;
    }
    return s->count++;
}

void lv__sources_fini(struct lv__sources *s, struct lv_diags *d)
{
    if (d)
        lv_diags_forget_source(d);
    for (int i = 0; i < s->count; i++) {
        free(s->item[i].name);
        free(s->item[i].text);
    }
    s->count = 0;
}

enum lv_msg lv__file_kind(unsigned mode)
{
    if (S_ISDIR(mode))
        return LV_MSG_E_FILE_DIRECTORY;
    if (S_ISFIFO(mode))
        return LV_MSG_E_FILE_FIFO;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return LV_MSG_E_FILE_DEVICE;
    if (S_ISSOCK(mode))
        return LV_MSG_E_FILE_SOCKET;
    return LV_MSG_E_FILE_NOT_REGULAR;
}

/* Catalogue message id, its {1} filled with arg (may be NULL), into why. */
static void explain(char *why, size_t why_size, enum lv_language lang, enum lv_msg id, const char *arg)
{
    lv_msg_expand(why, why_size, lv_msg(id, lang), arg ? 1 : 0, &arg);
}

static void too_large(char *why, size_t why_size, enum lv_language lang, size_t max_bytes)
{
    explain(why, why_size, lang, LV_MSG_E_FILE_TOO_LARGE, lv_msg_int((long long)(max_bytes >> 20)).s);
}

char *lv__read_fd(int fd, size_t max_bytes, size_t *length, enum lv_language lang, char *why, size_t why_size)
{
    struct stat st;
    if (fstat(fd, &st) != 0) {
        snprintf(why, why_size, "%s", strerror(errno));
        return NULL;
    }
    if ((unsigned long long)st.st_size > max_bytes) {
        too_large(why, why_size, lang, max_bytes);
        errno = EFBIG;
        return NULL;
    }
    size_t cap = (size_t)st.st_size + 1, len = 0;
    char *buf = malloc(cap + 1);
    if (!buf)
        goto no_memory;
    for (;;) {
        ssize_t got = pread(fd, buf + len, cap - len, (off_t)len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            int e = errno;
            snprintf(why, why_size, "%s", strerror(e));
            free(buf);
            errno = e;
            return NULL;
        }
        if (got == 0)
            break;
        len += (size_t)got;
        if (len == cap) { /* the file grew since fstat: a writer is appending */
            if (cap > max_bytes) {
                too_large(why, why_size, lang, max_bytes);
                free(buf);
                errno = EFBIG;
                return NULL;
            }
            size_t bigger_cap = cap * 2 > max_bytes + 1 ? max_bytes + 1 : cap * 2;
            char *bigger = realloc(buf, bigger_cap + 1);
            if (!bigger) {
                free(buf);
                goto no_memory;
            }
            buf = bigger;
            cap = bigger_cap;
        }
    }
    buf[len] = '\0';
    *length = len;
    return buf;
no_memory:
    explain(why, why_size, lang, LV_MSG_E_OUT_OF_MEMORY, NULL);
    errno = ENOMEM;
    return NULL;
}

char *lv__read_text(const char *path, size_t max_bytes, size_t *length, enum lv_language lang, char *why,
                   size_t why_size)
{
    /* O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        snprintf(why, why_size, "%s", strerror(errno));
        return NULL;
    }
    struct stat st;
    char *text = NULL;
    if (fstat(fd, &st) != 0) {
        snprintf(why, why_size, "%s", strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        explain(why, why_size, lang, lv__file_kind(st.st_mode), NULL);
        errno = EINVAL;
    } else {
        text = lv__read_fd(fd, max_bytes, length, lang, why, why_size);
    }
    int saved = errno;
    close(fd);
    errno = saved;
    return text;
}

char *lv__read_file(const char *path, size_t *length)
{
    char why[128];
    return lv__read_text(path, LV__MAX_FILE_BYTES, length, LV_LANG_EN, why, sizeof why);
}

/* ---- parsing with limits ---- */

/* Catalogue message id at mark m of src (no position for an override), {1} filled with arg. */
static void error_at_mark(struct lv_diags *d, const struct lv__source *src, yaml_mark_t m, enum lv_msg id,
                          const char *arg)
{
    if (src->override)
        lv_diags_msgv(d, src->name, NULL, 0, 0, 1, id, arg ? 1 : 0, &arg);
    else
        lv_diags_msgv(d, src->name, src->text, (int)m.line + 1, (int)m.column + 1, 1, id, arg ? 1 : 0, &arg);
}

/* libyaml's problem and context are its own (English) texts: they go in as arguments. */
static void syntax_error(struct lv_diags *d, const struct lv__source *src, const yaml_parser_t *p)
{
    const char *problem = p->problem ? p->problem : lv_msg(LV_MSG_E_YAML_SYNTAX, d->lang);
    if (p->error == YAML_MEMORY_ERROR)
        problem = lv_msg(LV_MSG_E_OUT_OF_MEMORY, d->lang);
    yaml_mark_t at = p->problem_mark;
    if (p->error == YAML_READER_ERROR && p->problem_offset <= src->length) {
        /* the reader (bad UTF-8, a control character) gives a byte offset, not a mark: without this
         * every such error pointed at 1:1 */
        int line, column;
        lv_diags_position(src->text, p->problem_offset, &line, &column);
        at.line = (size_t)(line - 1);
        at.column = (size_t)(column - 1);
    }
    if (src->override)
        error_at_mark(d, src, at, LV_MSG_E_YAML_INVALID_VALUE, problem);
    else if (p->context)
        lv_diags_msg(d, src->name, src->text, (int)at.line + 1, (int)at.column + 1, 1,
                     LV_MSG_E_YAML_INVALID_CONTEXT, problem, p->context, NULL);
    else
        error_at_mark(d, src, at, LV_MSG_E_YAML_INVALID, problem);
}

/* The event pass: syntax, one document, nesting and node count before anything is built. */
static int scan_events(const struct lv__source *src, size_t len, struct lv_diags *d)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        lv_diags_msg(d, src->name, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return -1;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)src->text, len);
    long nodes = 0;
    int depth = 0, documents = 0, rc = 0;
    /* Per open collection: is it a mapping, and how many nodes it holds directly so far. */
    bool is_map[LV__YAML_MAX_DEPTH + 2] = {false};
    long held[LV__YAML_MAX_DEPTH + 2] = {0};
    for (bool done = false; !done && rc == 0;) {
        yaml_event_t e;
        if (!yaml_parser_parse(&parser, &e)) {
            syntax_error(d, src, &parser);
            rc = -1;
            break;
        }
        switch (e.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++documents > 1) {
                error_at_mark(d, src, e.start_mark,
                              src->override ? LV_MSG_E_YAML_SECOND_DOCUMENT_VALUE : LV_MSG_E_YAML_SECOND_DOCUMENT_FILE,
                              NULL);
                rc = -1;
            }
            break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
        case YAML_SCALAR_EVENT:
        case YAML_ALIAS_EVENT:
            if (++nodes > LV__YAML_MAX_NODES) {
                error_at_mark(d, src, e.start_mark, LV_MSG_E_YAML_TOO_MANY_VALUES, lv_msg_int(LV__YAML_MAX_NODES).s);
                rc = -1;
            } else if (depth > 0 && is_map[depth] && ++held[depth] > 2L * LV__YAML_MAX_KEYS) {
                error_at_mark(d, src, e.start_mark, LV_MSG_E_YAML_TOO_MANY_KEYS, lv_msg_int(LV__YAML_MAX_KEYS).s);
                rc = -1;
            } else if (e.type == YAML_SEQUENCE_START_EVENT || e.type == YAML_MAPPING_START_EVENT) {
                if (++depth > LV__YAML_MAX_DEPTH) {
                    error_at_mark(d, src, e.start_mark, LV_MSG_E_YAML_TOO_DEEP, lv_msg_int(LV__YAML_MAX_DEPTH).s);
                    rc = -1;
                } else {
                    is_map[depth] = e.type == YAML_MAPPING_START_EVENT;
                    held[depth] = 0;
                }
            }
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            depth--;
            break;
        default:
            break;
        }
        yaml_event_delete(&e);
    }
    yaml_parser_delete(&parser);
    return rc;
}

/* Aliases share nodes, so a document is a graph: refuse cycles, and bound the size and depth it
 * would have as a tree (what copying or reading it costs). Iterative, so depth costs no stack. */
static int check_aliases(yaml_document_t *doc, const struct lv__source *src, struct lv_diags *d)
{
    int n = (int)(doc->nodes.top - doc->nodes.start);
    if (n == 0)
        return 0;
    long *size = calloc((size_t)n + 1, sizeof *size);
    int *height = calloc((size_t)n + 1, sizeof *height);
    unsigned char *state = calloc((size_t)n + 1, 1); /* 0 new, 1 on the path, 2 done */
    struct frame {
        int id, next;
    } *stack = malloc(((size_t)n + 1) * sizeof *stack);
    int rc = 0;
    if (!size || !height || !state || !stack) {
        lv_diags_msg(d, src->name, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        rc = -1;
        goto done;
    }
    int top = 0;
    stack[top++] = (struct frame){1, 0};
    state[1] = 1;
    while (top > 0 && rc == 0) {
        struct frame *f = &stack[top - 1];
        yaml_node_t *node = yaml_document_get_node(doc, f->id);
        int children = 0, child = 0;
        if (node->type == YAML_SEQUENCE_NODE) {
            children = (int)(node->data.sequence.items.top - node->data.sequence.items.start);
            if (f->next < children)
                child = node->data.sequence.items.start[f->next];
        } else if (node->type == YAML_MAPPING_NODE) {
            children = 2 * (int)(node->data.mapping.pairs.top - node->data.mapping.pairs.start);
            if (f->next < children) {
                yaml_node_pair_t p = node->data.mapping.pairs.start[f->next / 2];
                child = f->next % 2 ? p.value : p.key;
            }
        }
        if (f->next == children) { /* all children done */
            long total = 1;
            int h = 0;
            for (int i = 0; i < children; i++) {
                int c = node->type == YAML_SEQUENCE_NODE ? node->data.sequence.items.start[i]
                        : i % 2 ? node->data.mapping.pairs.start[i / 2].value
                                : node->data.mapping.pairs.start[i / 2].key;
                total += size[c];
                if (total > LV__YAML_MAX_NODES)
                    total = LV__YAML_MAX_NODES + 1L;
                if (height[c] > h)
                    h = height[c];
            }
            size[f->id] = total;
            height[f->id] = h + (children > 0);
            state[f->id] = 2;
            if (total > LV__YAML_MAX_NODES) {
                error_at_mark(d, src, node->start_mark, LV_MSG_E_YAML_ALIAS_BOMB, lv_msg_int(LV__YAML_MAX_NODES).s);
                rc = -1;
            } else if (height[f->id] > LV__YAML_MAX_DEPTH) {
                error_at_mark(d, src, node->start_mark, LV_MSG_E_YAML_ALIAS_TOO_DEEP,
                              lv_msg_int(LV__YAML_MAX_DEPTH).s);
                rc = -1;
            }
            top--;
            continue;
        }
        f->next++;
        if (child < 1 || child > n)
            continue;
        if (state[child] == 1) {
            error_at_mark(d, src, node->start_mark, LV_MSG_E_YAML_ALIAS_CYCLE, NULL);
            rc = -1;
        } else if (state[child] == 0) {
            state[child] = 1;
            stack[top++] = (struct frame){child, 0};
        }
    }
done:
    free(size);
    free(height);
    free(state);
    free(stack);
    return rc;
}

int lv__yaml_parse(yaml_document_t *doc, const struct lv__sources *s, int id, struct lv_diags *d)
{
    const struct lv__source *src = &s->item[id];
    size_t len = strlen(src->text);
    /* text holds the whole file; a NUL before its end means the file had one. */
    if (src->length > len) {
        int line, column;
        lv_diags_position(src->text, len, &line, &column);
        if (src->override)
            lv_diags_msg(d, src->name, NULL, 0, 0, 1, LV_MSG_E_YAML_VALUE_NUL, NULL);
        else
            lv_diags_msg(d, src->name, src->text, line, column, 1, LV_MSG_E_YAML_FILE_NUL, NULL);
        return -1;
    }
    if (scan_events(src, len, d) != 0)
        return -1;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        lv_diags_msg(d, src->name, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return -1;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)src->text, len);
    if (!yaml_parser_load(&parser, doc)) {
        syntax_error(d, src, &parser);
        yaml_parser_delete(&parser);
        return -1;
    }
    yaml_parser_delete(&parser);
    if (check_aliases(doc, src, d) != 0) {
        yaml_document_delete(doc);
        return -1;
    }
    for (yaml_node_t *n = doc->nodes.start; n < doc->nodes.top; n++)
        n->start_mark.index = n->end_mark.index = (size_t)id;
    return 0;
}

/* ---- reading ---- */

yaml_node_t *lv__node(const struct lv__reader *r, int id) { return yaml_document_get_node(r->doc, id); }

const char *lv__scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

enum lv_msg lv__kind_msg(const yaml_node_t *n)
{
    if (!n)
        return LV_MSG_E_KIND_NOTHING;
    switch (n->type) {
    case YAML_MAPPING_NODE:
        return LV_MSG_E_KIND_MAPPING;
    case YAML_SEQUENCE_NODE:
        return LV_MSG_E_KIND_LIST;
    default:
        return LV_MSG_E_KIND_SCALAR;
    }
}

const char *lv__kind(const struct lv__reader *r, const yaml_node_t *n)
{
    return lv_msg(lv__kind_msg(n), r->diags->lang);
}

/* Where an error at n points: its source, line, column and span (0 when from an override). */
static const struct lv__source *error_position(const struct lv__reader *r, const yaml_node_t *n, int *line,
                                               int *col, int *span)
{
    *line = *col = 0;
    *span = 1;
    size_t id = n ? n->start_mark.index : 0;
    const struct lv__source *src = &r->sources->item[id < (size_t)r->sources->count ? id : 0];
    if (n && !src->override) {
        *line = (int)n->start_mark.line + 1;
        *col = (int)n->start_mark.column + 1;
        if (n->type == YAML_SCALAR_NODE && n->end_mark.line == n->start_mark.line)
            *span = (int)(n->end_mark.column - n->start_mark.column);
    }
    return src;
}

void lv__error_msg(struct lv__reader *r, const yaml_node_t *n, enum lv_msg id, ...)
{
    const char *args[LV_MSG_MAX_ARGS];
    va_list ap;
    va_start(ap, id);
    int argc = lv_msg_args(args, ap);
    va_end(ap);
    int line, col, span;
    const struct lv__source *src = error_position(r, n, &line, &col, &span);
    lv_diags_msgv(r->diags, src->name, src->override ? NULL : src->text, line, col, span, id, argc, args);
    r->errors++;
}

int lv__edit_distance(const char *a, const char *b)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la > 40 || lb > 40)
        return 99;
    int row[41];
    for (int j = 0; j <= lb; j++)
        row[j] = j;
    for (int i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = i;
        for (int j = 1; j <= lb; j++) {
            int up = row[j];
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = diag + cost;
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

const char *lv__suggest(const char *word, const struct lv_key *keys)
{
    const char *best = NULL;
    int best_d = 99;
    for (const struct lv_key *k = keys; k->name; k++) {
        int d = lv__edit_distance(word, k->name);
        if (d < best_d) {
            best_d = d;
            best = k->name;
        }
    }
    int limit = (int)strlen(word) / 3 + 1;
    return best_d <= (limit > 3 ? 3 : limit) ? best : NULL;
}

bool lv__check_mapping(struct lv__reader *r, yaml_node_t *n, const char *what, const struct lv_key *keys)
{
    if (!n || n->type != YAML_MAPPING_NODE) {
        lv__error_msg(r, n, LV_MSG_E_NOT_A_MAPPING, what, lv__kind(r, n), NULL);
        return false;
    }
    bool seen[LV__MAX_TABLE_KEYS] = {false}; /* by index in the table: duplicates in one pass */
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *k = lv__node(r, p->key);
        const char *name = lv__scalar(k);
        if (!name) {
            lv__error_msg(r, k, LV_MSG_E_KEY_NOT_A_NAME, what, lv__kind(r, k), NULL);
            continue;
        }
        int hit = -1;
        for (int t = 0; keys[t].name && hit < 0; t++)
            if (strcmp(keys[t].name, name) == 0)
                hit = t;
        if (hit < 0) {
            const char *s = lv__suggest(name, keys);
            /* {share: 0,6}: in a flow mapping the comma ended the value 0 and made '6' a key */
            const char *before = p > n->data.mapping.pairs.start ? lv__scalar(lv__node(r, p[-1].value)) : NULL;
            bool digits = name[0] && name[strspn(name, "0123456789")] == '\0';
            if (digits && before && before[0] && before[strspn(before, "0123456789")] == '\0' &&
                n->data.mapping.style == YAML_FLOW_MAPPING_STYLE) {
                lv__error_msg(r, k, LV_MSG_E_UNKNOWN_KEY_COMMA, name, what, before, NULL);
                continue;
            }
            if (s)
                lv__error_msg(r, k, LV_MSG_E_UNKNOWN_KEY_SUGGEST, name, what, s, NULL);
            else
                lv__error_msg(r, k, LV_MSG_E_UNKNOWN_KEY, name, what, NULL);
            continue;
        }
        if (!LV_ALWAYS(hit < LV__MAX_TABLE_KEYS)) /* key tables are short; a longer one needs a bigger seen[] */
            continue;
        if (seen[hit])
            lv__error_msg(r, k, LV_MSG_E_DUPLICATE_KEY, name, what, NULL);
        seen[hit] = true;
    }
    return true;
}

yaml_node_t *lv__get(const struct lv__reader *r, yaml_node_t *map, const char *key)
{
    if (!map || map->type != YAML_MAPPING_NODE)
        return NULL;
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
        const char *name = lv__scalar(lv__node(r, p->key));
        if (name && strcmp(name, key) == 0)
            return lv__node(r, p->value);
    }
    return NULL;
}
