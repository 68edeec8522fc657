/* lint.c — warnings about a scenario that loads: what is valid but likely not meant. Today: a
 * call type's own key that shadows the common one (`patience` one indentation level too deep),
 * and a demand period that lies wholly outside the simulated days (it changes nothing).
 * The scenario's figures never depend on these; `lvsim check` shows them. */
#include "lvsim/scenario.h"
#include "scenario/compose.h"

#include <stdio.h>
#include <string.h>

#include "lvsim/date.h"

/* Adds message id at node n as a warning. */
static void warn(struct lv__reader *r, yaml_node_t *n, enum lv_msg id, const char *a, const char *b)
{
    size_t before = r->diags->count;
    lv__error_msg(r, n, id, a, b, NULL);
    if (r->diags->count > before)
        r->diags->items[r->diags->count - 1].warning = true;
}

/* "file:line:col" of node n, or the override's name. */
static void place(const struct lv__reader *r, const yaml_node_t *n, char *buf, size_t size)
{
    const struct lv__source *src = &r->sources->item[n->start_mark.index];
    if (src->override)
        snprintf(buf, size, "%s", src->name);
    else /* syntax, not a message */
        snprintf(buf, size, "%s:%d:%d", src->name, (int)n->start_mark.line + 1, (int)n->start_mark.column + 1);
}

int lv_scenario_warnings(const char *path, const char *text, const char *name, const struct lv_override *overrides,
                         int override_count, struct lv_diags *diags)
{
    const char *label = path ? path : name ? name : "<string>";
    struct lv__sources sources = {0};
    yaml_document_t doc;
    size_t before = diags->count;
    if (lv__compose(&doc, path, text, label, overrides, override_count, &sources, diags) != 0) {
        lv__sources_fini(&sources, diags);
        return -1;
    }
    struct lv__reader r = {.doc = &doc, .sources = &sources, .diags = diags};
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    yaml_node_t *calls = root ? lv__get(&r, root, "calls") : NULL;
    yaml_node_t *types = calls ? lv__get(&r, calls, "types") : NULL;
    yaml_node_t *common = calls ? lv__get(&r, calls, "patience") : NULL;
    if (types && types->type == YAML_SEQUENCE_NODE) {
        int count = (int)(types->data.sequence.items.top - types->data.sequence.items.start), own = 0;
        for (int i = 0; i < count; i++)
            own += lv__get(&r, lv__node(&r, types->data.sequence.items.start[i]), "patience") != NULL;
        char where[600];
        if (common)
            place(&r, common, where, sizeof where);
        for (int i = 0; i < count; i++) {
            yaml_node_t *t = lv__node(&r, types->data.sequence.items.start[i]);
            yaml_node_t *p = lv__get(&r, t, "patience"), *nm = lv__get(&r, t, "name");
            char number[16];
            snprintf(number, sizeof number, "%d", i + 1);
            const char *type = nm && lv__scalar(nm) ? lv__scalar(nm) : number;
            if (p && common)
                warn(&r, p, LV_MSG_W_TYPE_SHADOWS_PATIENCE, type, where);
            else if (p && own < count) /* some types only: the others keep the default, never hanging up */
                warn(&r, p, LV_MSG_W_TYPE_PATIENCE_ALONE, type, NULL);
        }
    }
    yaml_node_t *demand = root ? lv__get(&r, root, "demand") : NULL;
    yaml_node_t *periods = demand ? lv__get(&r, demand, "periods") : NULL;
    if (periods && periods->type == YAML_SEQUENCE_NODE) {
        struct lv_diags quiet; /* the scenario loaded before this is called: its figures, not its errors */
        lv_diags_init(&quiet);
        struct lv_scenario *s = lv_scenario_load(path, text, name, overrides, override_count, &quiet);
        lv_diags_fini(&quiet);
        int count = (int)(periods->data.sequence.items.top - periods->data.sequence.items.start);
        long first = s ? s->start_day : 0, last = s ? s->start_day + (long)(s->horizon_s / 86400 - 1e-9) : 0;
        for (int i = 0; s && i < count && i < s->demand.period_count; i++) {
            const struct lv_demand_period *p = &s->demand.periods[i];
            if (p->to_day >= first && p->from_day <= last)
                continue;
            char range[40], days[40], a[11], b[11];
            lv_format_date(p->from_day, a);
            lv_format_date(p->to_day, b);
            snprintf(range, sizeof range, "%s..%s", a, b); /* syntax, not a message */
            lv_format_date(first, a);
            lv_format_date(last, b);
            snprintf(days, sizeof days, "%s..%s", a, b); /* syntax, not a message */
            warn(&r, lv__node(&r, periods->data.sequence.items.start[i]), LV_MSG_W_PERIOD_OUTSIDE, range, days);
        }
        lv_scenario_free(s);
    }
    yaml_document_delete(&doc);
    lv__sources_fini(&sources, diags);
    return (int)(diags->count - before);
}
