/* schema.h (internal) — the scenario schema: one row per key (name, kind, bounds, default, enum
 * names, unit, help, where it is stored). The rows drive the readers of plain keys, the
 * defaults, the key checks with their "did you mean", and the reference (`lvsim keys
 * --markdown`). Structured keys (schedules, areas, routing, …) are read by a row's hook. */
#ifndef LVSIM_SCHEMA_H
#define LVSIM_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <yaml.h>

#include "lvsim/dist.h"
#include "lvsim/messages.h"
#include "base/yamldoc.h"

struct lv_scenario; /* lvsim/scenario.h: the scenario reads with these rows, not the other way round */

enum lv__kind {
    LV__TEXT,     /* char[max + 1] */
    LV__DATE,     /* long day number */
    LV__DURATION, /* double seconds, min..max */
    LV__SHARE,    /* double 0..1 */
    LV__NUMBER,   /* double min..max */
    LV__INTEGER,  /* int (or uint64_t for 'seed', by size) min..max */
    LV__BOOL,     /* bool */
    LV__ENUM,     /* int, from the row's names */
    LV__TIME,     /* int minutes since midnight */
    LV__DIST,     /* struct lv_dist of durations */
    LV__NUMBERS,  /* double[max] read as a list of exactly max numbers */
    LV__SCHEDULE, /* struct lv_schedule: a list of bands (hook) */
    LV__MAPPING,  /* a sub-mapping: the row's section (hook) */
    LV__LIST,     /* a list (of the row's section's mappings, or of names; hook) */
    LV__SHARES,   /* a mapping of shares that sum to 100 % (hook) */
    LV__REF,      /* the name of a centre or satellite (hook) */
};

enum {
    LV__OPEN = 1 << 0,     /* min is excluded */
    LV__NONE = 1 << 1,     /* 'none' is allowed: a DIST that never ends, an INTEGER without limit */
    LV__REQUIRED = 1 << 2, /* the reference says "required" (the hook or section code reports it) */
    LV__INNER = 1 << 3,    /* MAPPING: its section's offsets point into the same struct as this row's */
};

/* An enum value by name (also the distribution forms, day selectors, urgencies). */
struct lv__name {
    const char *name;
    int value;
    const char *help;
};

/* The days a staff band may name (`all`, `weekdays`, `mon`…): bit d is day type d, holidays bit 7. */
extern const struct lv__name lv__day_names[];

struct lv__fill;
struct lv__section;

struct lv__field {
    const char *name;
    enum lv__kind kind;
    unsigned flags;
    double min, max;                /* bounds (seconds for durations); NUMBERS: max is the count */
    size_t offset;                  /* into the section's struct; ignored when read by a hook */
    const char *def;                /* the default as written in a scenario ("28d", "80%", "true"), applied
                                       by the rows' own parser; NULL: none or set by code */
    const char *doc_default;        /* what the reference shows instead of def (NULL: def, or "—") */
    const struct lv__name *names;   /* ENUM: the allowed names, NULL-terminated */
    const struct lv__section *sub;  /* MAPPING and LIST: the section of its (items') keys */
    void (*read)(struct lv__fill *f, yaml_node_t *v); /* code that reads the key (v NULL: absent) */
    size_t given;                   /* when non-zero: offset of a bool set when the key was read */
    const char *unit;               /* shown in the reference: "s", "%", "per year", … (NULL: by kind) */
    const char *help;               /* one line for the reference */
};

struct lv__section {
    const char *path;   /* heading in the reference: "centre.operators[]" */
    const char *title;  /* a few words after the heading */
    const struct lv__field *rows;
    int count;
};

#define LV__ROWS(a) (a), (int)(sizeof(a) / sizeof *(a))

/* Where a section is being read: the reader, the scenario, the struct the rows' offsets point
 * into, the mapping and how diagnostics name it; row is the row a hook reads. */
struct lv__fill {
    struct lv__reader *c;
    struct lv_scenario *s;
    void *base;
    yaml_node_t *map;
    const char *what;
    const struct lv__field *row;
    int index;
};

/* The whole scenario: the top level, whose rows lead to every other section. */
extern const struct lv__section lv__scenario_schema;
/* The distribution mapping's keys and the forms ('dist' values). */
extern const struct lv__section lv__dist_section;
extern const struct lv__name lv__dist_forms[];

const struct lv__field *lv__field(const struct lv__section *sec, const char *name);
/* Where a path lookup failed (lv__field_at): the segment that names no key or the bracket that
 * selects in no list (empty: a malformed path), the path up to it, the nearest key there. */
struct lv__miss {
    char segment[128];
    char within[256];
    const char *suggestion; /* static, or NULL: none close */
    bool not_a_list;
};
/* The row a --set path ends on ("centres[2].away.share": the away section's 'share'), walking the
 * sections from root; *element when the path selects one number of a NUMBERS row. NULL when a
 * segment names no key (miss says which). */
const struct lv__field *lv__field_at(const struct lv__section *root, const char *path, bool *element,
                                     struct lv__miss *miss);

/* Checks f->map against the section's keys (lv__check_mapping); false if it is not a mapping. */
bool lv__section_check(struct lv__fill *f, const struct lv__section *sec);
/* Reads every row of the section present in f->map, in row order (hooks for structured keys). */
void lv__section_read(struct lv__fill *f, const struct lv__section *sec);
/* Reads one row; returns true when the key was present and valid. */
bool lv__field_read(struct lv__fill *f, const struct lv__field *row);
/* Sets the defaults of the section's rows (those with def) in base; sub-sections that fill the
 * same struct (MAPPING rows without a hook) too. Returns 0, or -1 if a default does not parse. */
int lv__section_defaults(const struct lv__section *sec, void *base);
/* A row's default parsed into *out (of the row's storage type); 0, or -1 if it does not parse or
 * lies outside the bounds (for the unit test). */
int lv__field_default(const struct lv__field *row, void *out);

/* Value readers with the catalogue's diagnostics; each returns true and stores when valid. */
const char *lv__need_scalar(struct lv__reader *c, yaml_node_t *v, const char *key, const char *allowed);
bool lv__read_value(struct lv__reader *c, yaml_node_t *v, const struct lv__field *row, void *out);
bool lv__read_number(struct lv__reader *c, yaml_node_t *v, const char *key, double *out, double min, double max,
                     bool open);
bool lv__read_integer(struct lv__reader *c, yaml_node_t *v, const char *key, long long *out, long long min,
                      long long max);
bool lv__read_share(struct lv__reader *c, yaml_node_t *v, const char *key, double *out);
bool lv__read_dist(struct lv__reader *c, yaml_node_t *v, const char *key, struct lv_dist *d, bool allow_never);
/* An enum name: its value in *out; unknown names are reported with "did you mean". */
bool lv__read_enum(struct lv__reader *c, yaml_node_t *v, const char *key, const struct lv__name *names,
                   const char *allowed, int *out);
const struct lv__name *lv__name_find(const struct lv__name *names, const char *name);

/* The reference of every section as markdown tables. */
int lv__schema_markdown(FILE *out, const struct lv__section *root, enum lv_language lang);

#endif
