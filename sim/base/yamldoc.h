/* yamldoc.h (internal) — the one way lvsim reads YAML (scenarios, overrides, sweep files).
 * Parsing refuses what would otherwise crash or run away: NUL bytes, a second document, alias
 * cycles, nesting deeper than LV__YAML_MAX_DEPTH and documents that expand (through aliases)
 * beyond LV__YAML_MAX_NODES. Reading checks mappings against key tables (unknown keys get a
 * "did you mean", duplicates are refused) and reports at the node's file:line:column. */
#ifndef LVSIM_YAMLDOC_H
#define LVSIM_YAMLDOC_H

#include <stdbool.h>
#include <stddef.h>
#include <yaml.h>

#include "lvsim/diag.h"

#define LV__MAX_SOURCES 64
#define LV__YAML_MAX_DEPTH 64           /* nesting of lists and mappings, after aliases */
#define LV__YAML_MAX_NODES 1000000      /* nodes of one document after aliases are expanded */
#define LV__YAML_MAX_KEYS 1000          /* keys of one mapping: merging and checking stay cheap */
#define LV__MAX_FILE_BYTES (16u << 20)  /* scenario and sweep files */

struct lv__source {
    char *name; /* file name, or "--set 'path=value'" */
    char *text;    /* NUL-terminated, for source lines in diagnostics */
    size_t length; /* bytes of text; more than strlen(text) if the input held a NUL byte */
    bool override;
    bool file; /* read from the file name names (the scenario, or a file it extends) */
};

struct lv__sources {
    int count;
    struct lv__source item[LV__MAX_SOURCES];
};

/* Adds a copy of name and text[0..n); returns its id, or -1 when full or out of memory. */
int lv__sources_add(struct lv__sources *s, const char *name, const char *text, size_t n, bool override);
/* Frees the texts; d (may be NULL) forgets any position it cached in them. */
void lv__sources_fini(struct lv__sources *s, struct lv_diags *d);

/* Reads a whole regular file of at most max_bytes, NUL-terminated (malloc'd; *length excludes
 * the NUL). Directories, FIFOs and devices are refused without blocking. On failure returns NULL
 * and puts the reason (a catalogue text in lang such as "a directory, not a file", or the system's
 * strerror text) in why. */
char *lv__read_text(const char *path, size_t max_bytes, size_t *length, enum lv_language lang, char *why,
                   size_t why_size);

/* Reads what an open file holds, from offset 0 (pread: the descriptor's offset is left alone),
 * following it if it grows while read, up to max_bytes; as lv__read_text otherwise. */
char *lv__read_fd(int fd, size_t max_bytes, size_t *length, enum lv_language lang, char *why, size_t why_size);

/* What a file that is not a regular one is, by its st_mode: the catalogue's words ("a device, not a
 * regular file"), for a caller that opens the file itself. */
enum lv_msg lv__file_kind(unsigned mode);

/* lv__read_text with LV__MAX_FILE_BYTES; on failure errno is set (EINVAL for a file that is not
 * regular, EFBIG for one too large). */
char *lv__read_file(const char *path, size_t *length);

/* Parses source `id` into doc with the checks above and tags every node's marks with the source
 * id in `index`. Returns 0, or -1 after adding diagnostics (doc is then not initialised). */
int lv__yaml_parse(yaml_document_t *doc, const struct lv__sources *s, int id, struct lv_diags *d);

/* Reading a parsed document with diagnostics. */
struct lv__reader {
    yaml_document_t *doc;
    const struct lv__sources *sources; /* node marks' index: which source a node came from */
    struct lv_diags *diags;
    int errors;
};

yaml_node_t *lv__node(const struct lv__reader *r, int id);
const char *lv__scalar(const yaml_node_t *n); /* its text, or NULL if n is not a scalar */
/* What kind of node n is, for messages: "a mapping", "a list", "a scalar" ("nothing" for NULL). */
enum lv_msg lv__kind_msg(const yaml_node_t *n);
const char *lv__kind(const struct lv__reader *r, const yaml_node_t *n); /* in the reader's language */

/* Adds an error at n (its source's file:line:column; NULL: the first source) and counts it: the
 * catalogue message id in the reader's language, its {1}..{9} filled by the strings that follow
 * (NULL-terminated). */
void lv__error_msg(struct lv__reader *r, const yaml_node_t *n, enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;

/* Levenshtein distance for "did you mean" (99 for words over 40 bytes). */
int lv__edit_distance(const char *a, const char *b);

/* The key of the table nearest to word (by edit distance), or NULL if none is close. */
const char *lv__suggest(const char *word, const struct lv_key *keys);

/* Checks that n is a mapping whose keys are scalars from the table (at most LV__MAX_TABLE_KEYS
 * entries), each at most once. Returns false only if n is not a mapping. */
#define LV__MAX_TABLE_KEYS 64
bool lv__check_mapping(struct lv__reader *r, yaml_node_t *n, const char *what, const struct lv_key *keys);

/* The value of key in mapping map, or NULL. */
yaml_node_t *lv__get(const struct lv__reader *r, yaml_node_t *map, const char *key);

#endif
