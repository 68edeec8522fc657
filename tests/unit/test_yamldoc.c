/* test_yamldoc.c — the guarded YAML reader behind scenarios, overrides and sweep files, through
 * the public loader: legitimate aliases work; cycles, depth, second documents and floods of
 * errors are refused or capped with exact positions. */
#include "suites.h"

#include <stdlib.h>
#include <string.h>

#include "lvsim/diag.h"
#include "lvsim/dist.h"
#include "lvsim/scenario.h"

static const char *valid_tail =
    "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n";

/* Loads text that must fail; returns the diagnostics (caller finishes them). */
static struct lv_diags refused(const char *text)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load(NULL, text, "t.yaml", NULL, 0, &d);
    ck_assert_ptr_null(s);
    ck_assert_uint_gt(d.count, 0);
    return d;
}

START_TEST(aliases_repeat_a_finished_value)
{
    char text[1024];
    snprintf(text, sizeof text,
             "demand: {calls_per_hour: 10}\n"
             "calls:\n  types: [{name: all, share: 100%%, talk: &t {dist: exponential, mean: 4m}}]\n"
             "  patience: *t\n%s",
             valid_tail);
    struct lv_scenario *s = test_scenario(text);
    ck_assert_double_eq_tol(lv_dist_mean(&s->patience), 240, 1e-9);
    ck_assert_double_eq_tol(lv_dist_mean(&s->types[0].talk), 240, 1e-9);
    lv_scenario_free(s);
}
END_TEST

START_TEST(an_alias_cycle_is_refused_where_it_is)
{
    struct lv_diags d = refused("name: x\ndemand: &d {calls_per_hour: 10, growth: *d}\n");
    ck_assert_int_eq(d.items[0].line, 2);
    ck_assert_int_eq(d.items[0].column, 9);
    ck_assert_ptr_nonnull(strstr(d.items[0].message, "cycle"));
    lv_diags_fini(&d);
}
END_TEST

START_TEST(nesting_is_bounded)
{
    enum { DEEP = 65 };
    char text[3 * DEEP + 16] = "x: ";
    for (int i = 0; i < DEEP; i++)
        strcat(text, "[");
    for (int i = 0; i < DEEP; i++)
        strcat(text, "]");
    struct lv_diags d = refused(text);
    ck_assert_ptr_nonnull(strstr(d.items[0].message, "nested more than 64 levels"));
    ck_assert_int_eq(d.items[0].line, 1);
    ck_assert_int_eq(d.items[0].column, 3 + 64); /* the 64th '[': level 65, counting the root mapping */
    lv_diags_fini(&d);
}
END_TEST

START_TEST(a_second_document_is_an_error)
{
    struct lv_diags d = refused("name: x\n---\nname: y\n");
    ck_assert_int_eq(d.count, 1);
    ck_assert_int_eq(d.items[0].line, 2);
    ck_assert_ptr_nonnull(strstr(d.items[0].message, "second YAML document"));
    lv_diags_fini(&d);
}
END_TEST

START_TEST(errors_are_capped_and_counted)
{
    char *text = malloc(80 * 32);
    ck_assert_ptr_nonnull(text);
    text[0] = '\0';
    for (int i = 0; i < 80; i++)
        sprintf(text + strlen(text), "unknown_%d: 1\n", i);
    struct lv_diags d = refused(text);
    ck_assert_uint_eq(d.count, LV_DIAGS_MAX);
    ck_assert_uint_ge(d.dropped, 80 - LV_DIAGS_MAX);
    ck_assert_int_eq(d.items[49].line, 50); /* in file order */
    lv_diags_fini(&d);
    free(text);
}
END_TEST

START_TEST(a_long_line_is_shown_as_a_window)
{
    /* 2000 characters of list, then a bad value far to the right. */
    enum { ITEMS = 1000 };
    char *text = malloc(ITEMS * 3 + 64);
    ck_assert_ptr_nonnull(text);
    strcpy(text, "holidays: {extra: [");
    for (int i = 0; i < ITEMS; i++)
        strcat(text, "1,");
    strcat(text, "bad]}\n");
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load(NULL, text, "t.yaml", NULL, 0, &d);
    ck_assert_ptr_null(s);
    const struct lv_diag *g = &d.items[0];
    ck_assert_ptr_nonnull(g->source_line);
    ck_assert_uint_lt(strlen(g->source_line), 200);
    ck_assert_int_eq(g->line, 1);
    /* The caret stands under the first character of the offending value. */
    const char *c = g->source_line;
    for (int k = 0; k < g->caret; c++)
        k += ((unsigned char)*c & 0xC0) != 0x80;
    ck_assert_msg(*c == '1', "caret at '%s'", c);
    lv_diags_fini(&d);
    free(text);
}
END_TEST

START_TEST(positions_count_breaks_like_libyaml)
{
    int line, column;
    lv_diags_position("ab\r\ncd\ref\xC2\x85gh", 10, &line, &column); /* CR LF, CR, NEL */
    ck_assert_int_eq(line, 4);
    ck_assert_int_eq(column, 1);
    lv_diags_position("\xC3\xA6\xC3\xB8x", 4, &line, &column); /* two 2-byte characters */
    ck_assert_int_eq(line, 1);
    ck_assert_int_eq(column, 3);
}
END_TEST

Suite *yamldoc_suite(void)
{
    Suite *s = suite_create("yamldoc");
    TCase *t = tcase_create("core");
    tcase_add_test(t, aliases_repeat_a_finished_value);
    tcase_add_test(t, an_alias_cycle_is_refused_where_it_is);
    tcase_add_test(t, nesting_is_bounded);
    tcase_add_test(t, a_second_document_is_an_error);
    tcase_add_test(t, errors_are_capped_and_counted);
    tcase_add_test(t, a_long_line_is_shown_as_a_window);
    tcase_add_test(t, positions_count_breaks_like_libyaml);
    suite_add_tcase(s, t);
    return s;
}
