/* addstaff.c — `--add-staff 'mon-fri 15:00-23:00 +1'`: a change of staff over days and hours,
 * applied to the composed document by splitting the bands it crosses (see compose.h). The result
 * is read like the file, so the file's checks apply to it; here are the checks only the change
 * can make: its own syntax, the site and role it names, and a count it would take below zero. */
#include "scenario/compose.h"
#include "scenario/schema.h"
#include "lvsim/scenario.h"
#include "lvsim/units.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { SUNDAY = 1 << 6, HOLIDAYS = 1 << LV_HOLIDAY_DAY_TYPE, ALL_DAYS = 0xff, MAX_LIST = 4096 };

/* What the user typed, read. */
struct change {
    int days, from, to, delta;
    const char *role; /* as typed: operator (default), floor, shared, doctor */
    const char *site; /* after '@', or NULL for the only centre */
};

/* One band of the list the change applies to, as the file gives it. */
struct band {
    int item; /* node id */
    int days, from, to, staff; /* staff: the changed role's count */
};

struct context {
    yaml_document_t *doc;
    struct lv__reader r;
    const char *name; /* "--add-staff '…'", for messages */
    const char *text; /* what the user typed */
    int source;       /* the source new nodes are tagged with */
};

/* An error about the change: a catalogue id and its arguments, NULL-terminated. */
#define FAIL(x, ...) lv_diags_msg((x)->r.diags, (x)->name, NULL, 0, 0, 1, __VA_ARGS__)

/* One day (mon..sun), not a group. */
static bool single_day(const struct lv__name *d)
{
    return d->value < HOLIDAYS && (d->value & (d->value - 1)) == 0;
}

/* A day's bit from its three-letter name (mon..sun), or 0. */
static int weekday_bit(const char *t, size_t n)
{
    for (const struct lv__name *d = lv__day_names; d->name; d++)
        if (single_day(d) && n == 3 && strncasecmp(d->name, t, 3) == 0)
            return d->value;
    return 0;
}

/* "mon-fri", "sat,sun", "all", "weekdays", "holidays" (or "holiday"), "fri-mon"; 0 if none. */
static int parse_days(const char *t)
{
    int bits = 0;
    while (*t) {
        size_t n = strcspn(t, ",");
        const char *dash = memchr(t, '-', n);
        int got = 0;
        if (dash) {
            int a = weekday_bit(t, (size_t)(dash - t)), b = weekday_bit(dash + 1, n - (size_t)(dash - t) - 1);
            for (int d = a; a && b && d; d = d == SUNDAY ? 1 : d << 1) { /* fri-mon wraps over the week end */
                got |= d;
                if (d == b)
                    break;
            }
        } else if (n == 7 && strncasecmp(t, "holiday", 7) == 0) {
            got = HOLIDAYS;
        } else {
            for (const struct lv__name *d = lv__day_names; d->name; d++)
                if (strlen(d->name) == n && strncasecmp(d->name, t, n) == 0)
                    got = d->value;
        }
        if (!got)
            return 0;
        bits |= got;
        t += n;
        if (*t == ',' && *++t == '\0')
            return 0;
    }
    return bits;
}

/* "15:00-23:00" into minutes; -1 if it is not one with from before to. */
static int parse_span(const char *t, int *from, int *to)
{
    const char *dash = strchr(t, '-');
    char a[16];
    if (!dash || (size_t)(dash - t) >= sizeof a)
        return -1;
    memcpy(a, t, (size_t)(dash - t));
    a[dash - t] = '\0';
    if (lv_parse_time_of_day(a, from) != 0 || lv_parse_time_of_day(dash + 1, to) != 0 || *from >= *to)
        return -1;
    return 0;
}

static int parse_change(struct context *x, char *buf, struct change *c)
{
    char *words[8], *save = NULL;
    int n = 0;
    memset(c, 0, sizeof *c);
    c->role = "operator";
    /* The site is last and is the rest of the text: a centre's name may have spaces ("Bergen
     * (synthetic)" in scenarios/norway.yaml), and a word-by-word split could not name it. */
    char *at = buf;
    while ((at = strchr(at, '@')) && at != buf && at[-1] != ' ' && at[-1] != '\t')
        at++;
    bool sited = at && at != buf;
    if (sited) {
        *at = '\0';
        char *site = at + 1, *end = site + strlen(site);
        while (end > site && (end[-1] == ' ' || end[-1] == '\t'))
            *--end = '\0';
        c->site = site;
    }
    for (char *w = strtok_r(buf, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
        if (n < 8)
            words[n++] = w;
    for (int i = 3; i < n && n <= 4; i++) {
        if (words[i][0] != '@' && i == 3)
            c->role = words[i];
        else
            n = 9; /* a second role, or an '@' inside a word */
    }
    if (n < 3 || n > 4 || (sited && !*c->site)) {
        FAIL(x, LV_MSG_E_ADD_STAFF_FORM, x->text, NULL);
        return -1;
    }
    c->days = parse_days(words[0]);
    if (!c->days) {
        FAIL(x, LV_MSG_E_ADD_STAFF_DAYS, words[0], "all, weekdays, weekends, holidays, mon … sun", NULL);
        return -1;
    }
    if (parse_span(words[1], &c->from, &c->to) != 0) {
        FAIL(x, LV_MSG_E_ADD_STAFF_TIMES, words[1], NULL);
        return -1;
    }
    const char *d = words[2];
    char *end;
    long v = strtol(d + 1, &end, 10);
    if ((d[0] != '+' && d[0] != '-') || d[1] < '0' || d[1] > '9' || *end || v < 1 || v > LV_MAX_STAFF) {
        FAIL(x, LV_MSG_E_ADD_STAFF_CHANGE, d, lv_msg_int(LV_MAX_STAFF).s, NULL);
        return -1;
    }
    c->delta = d[0] == '-' ? -(int)v : (int)v;
    return 0;
}

static const char *name_of(struct context *x, yaml_node_t *map)
{
    yaml_node_t *n = map && map->type == YAML_MAPPING_NODE ? lv__get(&x->r, map, "name") : NULL;
    return n ? lv__scalar(n) : NULL;
}

/* The mapping of the centre or satellite the change names (*satellite set), or NULL: after an
 * error (*failed set), or when the document has no site to read (the loader says so). */
static yaml_node_t *find_site(struct context *x, const char *site, bool *satellite, bool *failed)
{
    yaml_node_t *root = lv__node(&x->r, 1);
    if (!root || root->type != YAML_MAPPING_NODE)
        return NULL;
    yaml_node_t *one = lv__get(&x->r, root, "centre");
    const char *lists[] = {"centres", "satellites"};
    char names[512] = "";
    int centres = 0;
    yaml_node_t *only = NULL;
    if (one && one->type == YAML_MAPPING_NODE) {
        const char *nm = name_of(x, one);
        if (!site || (nm && strcmp(nm, site) == 0))
            return one;
        snprintf(names, sizeof names, "%s", nm ? nm : "");
    }
    for (int l = 0; l < 2; l++) {
        yaml_node_t *list = lv__get(&x->r, root, lists[l]);
        if (!list || list->type != YAML_SEQUENCE_NODE)
            continue;
        for (yaml_node_item_t *it = list->data.sequence.items.start; it < list->data.sequence.items.top; it++) {
            yaml_node_t *m = lv__node(&x->r, *it);
            const char *nm = name_of(x, m);
            if (site && nm && strcmp(nm, site) == 0) {
                *satellite = l == 1;
                return m;
            }
            if (l == 0) {
                centres++;
                only = m;
            }
            size_t len = strlen(names);
            if (nm && len + strlen(nm) + 3 < sizeof names)
                snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "", nm);
        }
    }
    if (!site && centres == 1 && !one)
        return only;
    if (!site && centres == 0)
        return NULL;
    *failed = true;
    if (site)
        FAIL(x, LV_MSG_E_ADD_STAFF_SITE, site, names, NULL);
    else
        FAIL(x, LV_MSG_E_ADD_STAFF_WHICH_SITE, names, NULL);
    return NULL;
}

/* A strict non-negative integer scalar, or -1. */
static int integer_of(yaml_node_t *n)
{
    const char *t = n ? lv__scalar(n) : NULL;
    char *end;
    if (!t || *t < '0' || *t > '9')
        return -1;
    long v = strtol(t, &end, 10);
    return *end || v > LV_MAX_STAFF ? -1 : (int)v;
}

/* A band's days, times and the changed role's count; false if the file gives them wrongly (the
 * loader then says how). */
static bool read_band(struct context *x, int item, const char *key, struct band *b)
{
    yaml_node_t *m = lv__node(&x->r, item);
    if (!m || m->type != YAML_MAPPING_NODE)
        return false;
    b->item = item;
    b->days = 0;
    yaml_node_t *d = lv__get(&x->r, m, "days");
    bool list = d && d->type == YAML_SEQUENCE_NODE;
    int count = !d ? 0 : list ? (int)(d->data.sequence.items.top - d->data.sequence.items.start) : 1;
    for (int i = 0; i < count; i++) {
        const char *t = lv__scalar(list ? lv__node(&x->r, d->data.sequence.items.start[i]) : d);
        int bits = 0;
        for (const struct lv__name *n = lv__day_names; t && n->name; n++)
            if (strcmp(n->name, t) == 0)
                bits = n->value;
        if (!bits)
            return false;
        b->days |= bits;
    }
    yaml_node_t *f = lv__get(&x->r, m, "from"), *t = lv__get(&x->r, m, "to");
    if (!b->days || !f || !t || !lv__scalar(f) || !lv__scalar(t) || lv_parse_time_of_day(lv__scalar(f), &b->from) != 0 ||
        lv_parse_time_of_day(lv__scalar(t), &b->to) != 0)
        return false;
    yaml_node_t *s = lv__get(&x->r, m, key);
    /* a band of floor or shared nurses alone has no 'count': 0 */
    b->staff = s ? integer_of(s) : strcmp(key, "count") != 0 || lv__get(&x->r, m, "floor") || lv__get(&x->r, m, "shared") ? 0 : -1;
    return b->staff >= 0;
}

static int scalar(struct context *x, const char *text)
{
    int id = yaml_document_add_scalar(x->doc, NULL, (yaml_char_t *)text, -1, YAML_PLAIN_SCALAR_STYLE);
    if (id) {
        yaml_node_t *n = yaml_document_get_node(x->doc, id);
        n->start_mark = n->end_mark = (yaml_mark_t){.index = (size_t)x->source};
    }
    return id;
}

/* A copy of a scalar with its marks (a node used twice would be written back as an alias); other
 * nodes are shared. 0 if out of memory. */
static int copy_scalar(struct context *x, int id)
{
    yaml_node_t *n = yaml_document_get_node(x->doc, id);
    if (n->type != YAML_SCALAR_NODE)
        return id;
    yaml_mark_t start = n->start_mark, end = n->end_mark;
    int out = yaml_document_add_scalar(x->doc, NULL, n->data.scalar.value, (int)n->data.scalar.length,
                                       n->data.scalar.style);
    if (out) {
        yaml_node_t *c = yaml_document_get_node(x->doc, out);
        c->start_mark = start;
        c->end_mark = end;
    }
    return out;
}

/* days as the file writes them: all, or a list of weekdays/weekends/holidays and single days */
static int days_node(struct context *x, int bits)
{
    if (bits == ALL_DAYS)
        return scalar(x, "all");
    int seq = yaml_document_add_sequence(x->doc, NULL, YAML_FLOW_SEQUENCE_STYLE);
    struct {
        int bits;
        const char *name;
    } groups[] = {{0x1f, "weekdays"}, {0x60, "weekends"}, {HOLIDAYS, "holidays"}};
    for (int g = 0; seq && g < 3; g++) {
        int part = bits & groups[g].bits;
        if (part == groups[g].bits) {
            int s = scalar(x, groups[g].name);
            if (!s || !yaml_document_append_sequence_item(x->doc, seq, s))
                return 0;
            continue;
        }
        for (const struct lv__name *d = lv__day_names; d->name; d++)
            if (single_day(d) && (part & d->value)) {
                int s = scalar(x, d->name);
                if (!s || !yaml_document_append_sequence_item(x->doc, seq, s))
                    return 0;
            }
    }
    return seq;
}

struct hhmm_text {
    char s[24];
};
static struct hhmm_text hhmm_text(int minutes)
{
    struct hhmm_text t;
    snprintf(t.s, sizeof t.s, "%02d:%02d", minutes / 60, minutes % 60); /* syntax, not a message */
    return t;
}

static int time_node(struct context *x, int minutes)
{
    return scalar(x, hhmm_text(minutes).s);
}

/* A copy of band b for days from..to, the role's count set to staff; 0 if out of memory. */
static int piece(struct context *x, const struct band *b, const char *key, int days, int from, int to, int staff)
{
    const yaml_node_t *m = yaml_document_get_node(x->doc, b->item);
    yaml_mark_t start = m->start_mark, end = m->end_mark;
    int pairs = (int)(m->data.mapping.pairs.top - m->data.mapping.pairs.start);
    /* adding a node may move them all: m is not used after this, nodes are found by id */
    int out = yaml_document_add_mapping(x->doc, NULL, YAML_FLOW_MAPPING_STYLE);
    if (!out)
        return 0;
    yaml_node_t *o = yaml_document_get_node(x->doc, out);
    o->start_mark = start; /* the file's band: errors about the piece point at it */
    o->end_mark = end;
    bool has_key = false;
    for (int i = 0; i < pairs; i++) {
        yaml_node_pair_t p = yaml_document_get_node(x->doc, b->item)->data.mapping.pairs.start[i];
        const char *k = lv__scalar(yaml_document_get_node(x->doc, p.key));
        char number[16];
        snprintf(number, sizeof number, "%d", staff);
        int v = copy_scalar(x, p.value), key_copy = copy_scalar(x, p.key);
        if (k && strcmp(k, "days") == 0)
            v = days_node(x, days);
        else if (k && strcmp(k, "from") == 0)
            v = time_node(x, from);
        else if (k && strcmp(k, "to") == 0)
            v = time_node(x, to);
        else if (k && strcmp(k, key) == 0 && staff != b->staff)
            v = scalar(x, number);
        has_key |= k && strcmp(k, key) == 0;
        if (!v || !key_copy || !yaml_document_append_mapping_pair(x->doc, out, key_copy, v))
            return 0;
    }
    if (!has_key && staff != b->staff) {
        char number[16];
        snprintf(number, sizeof number, "%d", staff);
        int k = scalar(x, key), v = scalar(x, number);
        if (!k || !v || !yaml_document_append_mapping_pair(x->doc, out, k, v))
            return 0;
    }
    return out;
}

static const char *day_text(struct context *x, int bits)
{
    for (int d = 0; d < LV_DAY_TYPES; d++)
        if (bits & (1 << d))
            return lv_msg(d < 7 ? (enum lv_msg)(LV_MSG_MON + d) : LV_MSG_HOLIDAY, x->r.diags->lang);
    return "?";
}

int lv__add_staff(yaml_document_t *doc, const char *text, const char *name, struct lv__sources *s, struct lv_diags *d)
{
    struct context x = {doc, {.doc = doc, .sources = s, .diags = d}, name, text, 0};
    char buf[512];
    if (strlen(text) >= sizeof buf) {
        FAIL(&x, LV_MSG_E_ADD_STAFF_FORM, text, NULL);
        return -1;
    }
    memcpy(buf, text, strlen(text) + 1);
    struct change c;
    if (parse_change(&x, buf, &c) != 0)
        return -1;
    x.source = lv__sources_add(s, name, text, strlen(text), true);
    if (x.source < 0) {
        lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_TOO_MANY, NULL);
        return -1;
    }
    bool satellite = false, failed = false;
    yaml_node_t *site = find_site(&x, c.site, &satellite, &failed);
    if (!site)
        return failed ? -1 : 0;
    const char *site_name = name_of(&x, site);
    if (!site_name)
        site_name = "centre";
    /* the list and key the role lives in */
    const char *list = satellite ? "nurses" : "operators", *key = "count";
    if (strcasecmp(c.role, "doctor") == 0 || strcasecmp(c.role, "doctors") == 0)
        list = "doctors";
    else if (!satellite && (strcasecmp(c.role, "floor") == 0 || strcasecmp(c.role, "shared") == 0))
        key = strcasecmp(c.role, "floor") == 0 ? "floor" : "shared";
    else if (strcasecmp(c.role, "operator") != 0 && strcasecmp(c.role, "operators") != 0 &&
             !(satellite && strcasecmp(c.role, "nurse") == 0)) {
        FAIL(&x, LV_MSG_E_ADD_STAFF_ROLE, c.role, site_name, satellite ? "operator, doctor" : "operator, floor, shared, doctor",
             NULL);
        return -1;
    }
    yaml_node_t *seq = lv__get(&x.r, site, list);
    if (!seq) {
        FAIL(&x, LV_MSG_E_ADD_STAFF_NO_LIST, site_name, list, NULL);
        return -1;
    }
    int count = seq->type == YAML_SEQUENCE_NODE ? (int)(seq->data.sequence.items.top - seq->data.sequence.items.start) : 0;
    if (count < 1 || count > MAX_LIST)
        return 0; /* not a list of bands: the loader says so */
    int seq_id = 0, site_id = (int)(site - doc->nodes.start) + 1;
    seq_id = (int)(seq - doc->nodes.start) + 1;
    struct band *bands = malloc(sizeof *bands * (size_t)count);
    if (!bands) {
        lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return -1;
    }
    int rc = 0, any_holiday = 0;
    for (int i = 0; i < count; i++) {
        if (!read_band(&x, yaml_document_get_node(doc, seq_id)->data.sequence.items.start[i], key, &bands[i]))
            goto done; /* the loader says what is wrong with the file */
        any_holiday |= bands[i].days & HOLIDAYS;
    }
    /* Holidays staffed like Sundays (no band names them) are given the Sunday bands first, so a
     * change on Sundays leaves holidays as they were and one on holidays has bands to change. */
    int holidays_from_sunday = !any_holiday && (c.days & (SUNDAY | HOLIDAYS));
    /* every minute changed is covered: else the change would quietly do less than asked */
    for (int day = 0; day < LV_DAY_TYPES; day++) {
        if (!(c.days & (1 << day)))
            continue;
        int at = c.from;
        for (bool moved = true; moved && at < c.to;) {
            moved = false;
            for (int i = 0; i < count; i++) {
                int days = bands[i].days | (holidays_from_sunday && (bands[i].days & SUNDAY) ? HOLIDAYS : 0);
                if ((days & (1 << day)) && bands[i].from <= at && at < bands[i].to) {
                    at = bands[i].to;
                    moved = true;
                }
            }
        }
        if (at < c.to) {
            FAIL(&x, LV_MSG_E_ADD_STAFF_UNCOVERED, list, day_text(&x, 1 << day), hhmm_text(at).s, NULL);
            rc = -1;
            goto done;
        }
    }
    for (int i = 0; i < count; i++) {
        struct band *b = &bands[i];
        int days = b->days | (holidays_from_sunday && (b->days & SUNDAY) ? HOLIDAYS : 0);
        if ((days & c.days) && b->from < c.to && c.from < b->to && b->staff + c.delta < 0) {
            char band[64];
            snprintf(band, sizeof band, "%s[%d]", list, i); /* syntax, not a message */
            int lo = b->from > c.from ? b->from : c.from, hi = b->to < c.to ? b->to : c.to;
            /* who, in words: a planner reads "phone nurses", the key and band say where */
            enum lv_msg who = strcmp(list, "doctors") == 0  ? LV_MSG_ADD_STAFF_DOCTORS
                              : satellite                  ? LV_MSG_ADD_STAFF_SATELLITE_NURSES
                              : strcmp(key, "floor") == 0  ? LV_MSG_ADD_STAFF_FLOOR_NURSES
                              : strcmp(key, "shared") == 0 ? LV_MSG_ADD_STAFF_SHARED_NURSES
                                                           : LV_MSG_ADD_STAFF_PHONE_NURSES;
            FAIL(&x, LV_MSG_E_ADD_STAFF_BELOW_ZERO, lv_msg_int(b->staff + c.delta).s, key, day_text(&x, days & c.days),
                 hhmm_text(lo).s, hhmm_text(hi).s, band, lv_msg_int(b->staff).s, lv_msg(who, x.r.diags->lang), NULL);
            rc = -1;
            goto done;
        }
    }
    /* the new list: bands the change misses as they were, the others split where it starts and ends */
    int out = yaml_document_add_sequence(doc, NULL, YAML_BLOCK_SEQUENCE_STYLE);
    for (int i = 0; out && i < count; i++) {
        struct band *b = &bands[i];
        int days = b->days | (holidays_from_sunday && (b->days & SUNDAY) ? HOLIDAYS : 0);
        int hit = days & c.days, lo = b->from > c.from ? b->from : c.from, hi = b->to < c.to ? b->to : c.to;
        int parts[4][4] = {{0}}, n = 0; /* days, from, to, staff */
        if (!hit || lo >= hi) {
            if (days == b->days) {
                if (!yaml_document_append_sequence_item(doc, out, b->item))
                    out = 0;
                continue;
            }
            memcpy(parts[n++], (int[4]){days, b->from, b->to, b->staff}, sizeof parts[0]);
        } else {
            if (days & ~c.days)
                memcpy(parts[n++], (int[4]){days & ~c.days, b->from, b->to, b->staff}, sizeof parts[0]);
            if (b->from < lo)
                memcpy(parts[n++], (int[4]){hit, b->from, lo, b->staff}, sizeof parts[0]);
            memcpy(parts[n++], (int[4]){hit, lo, hi, b->staff + c.delta}, sizeof parts[0]);
            if (hi < b->to)
                memcpy(parts[n++], (int[4]){hit, hi, b->to, b->staff}, sizeof parts[0]);
        }
        for (int p = 0; out && p < n; p++) {
            int item = piece(&x, b, key, parts[p][0], parts[p][1], parts[p][2], parts[p][3]);
            if (!item || !yaml_document_append_sequence_item(doc, out, item))
                out = 0;
        }
    }
    if (!out) {
        lv_diags_msg(d, name, NULL, 0, 0, 1, LV_MSG_E_SET_TOO_LARGE, lv_msg_int(LV__YAML_MAX_NODES).s, NULL);
        rc = -1;
        goto done;
    }
    yaml_node_t *old = yaml_document_get_node(doc, seq_id), *new = yaml_document_get_node(doc, out);
    new->start_mark = old->start_mark;
    new->end_mark = old->end_mark;
    yaml_node_t *sm = yaml_document_get_node(doc, site_id);
    for (yaml_node_pair_t *p = sm->data.mapping.pairs.start; p < sm->data.mapping.pairs.top; p++)
        if (p->value == seq_id)
            p->value = out;
done:
    free(bands);
    return rc;
}
