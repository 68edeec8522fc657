/* compose.h (internal) — builds the YAML document a scenario is read from: the file, the files
 * it `extends` (merged key by key, the child winning), then --set overrides. Every node's marks
 * carry in `index` the number of the source it came from, so diagnostics name the right file. */
#ifndef LVSIM_COMPOSE_H
#define LVSIM_COMPOSE_H

#include <stdbool.h>
#include <yaml.h>

#include "lvsim/diag.h"
#include "lvsim/override.h"
#include "base/yamldoc.h"

/* Composes the document. path: a file, or NULL to use text (named name). Returns 0, or -1 after
 * adding diagnostics (doc is then empty). The caller deletes doc and finishes sources. */
int lv__compose(yaml_document_t *doc, const char *path, const char *text, const char *name,
                const struct lv_override *overrides, int override_count, struct lv__sources *sources,
                struct lv_diags *diags);

/* Applies `--add-staff TEXT` ("mon-fri 15:00-23:00 +1 [ROLE] [@SITE]") to doc: the bands of the
 * site's list it crosses are split and the role's count changed over the span. name names it in
 * diagnostics. Returns 0 (also when the document has no bands to read: the loader says why), or
 * -1 after adding diagnostics. */
int lv__add_staff(yaml_document_t *doc, const char *text, const char *name, struct lv__sources *s,
                  struct lv_diags *d);

/* The path an override uses for --add-staff: `--set 'add-staff=mon-fri 15:00-23:00 +1'`. */
#define LV__ADD_STAFF_PATH "add-staff"

#endif
