/* test_diag.c — the diagnostics list users read: errors come out in the order found, as
 * "file:line:column: error: message" with the source line and a caret under the column (counted
 * in characters, as libyaml counts), capped at LV_DIAGS_MAX with the rest counted; long lines are
 * cut to a window around the column; positions count CR LF as one line break. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/diag.h"
#include "suites.h"

/* What lv_diags_write prints, malloc'd. */
static char *written(const struct lv_diags *d)
{
    char *text = NULL;
    size_t size = 0;
    FILE *m = open_memstream(&text, &size);
    ck_assert_ptr_nonnull(m);
    lv_diags_write(d, m);
    fclose(m);
    return text;
}

START_TEST(errors_come_out_in_the_order_added)
{
    struct lv_diags d;
    lv_diags_init(&d);
    const char *src = "a: 1\nb: 2\n";
    lv_diags_add(&d, "f.yaml", src, 2, 4, 1, "second line first");
    lv_diags_add(&d, "f.yaml", src, 1, 4, 1, "then the first");
    lv_diags_msg(&d, NULL, NULL, 0, 0, 1, LV_MSG_E_SET_EMPTY, NULL);
    ck_assert_uint_eq(d.count, 3);
    ck_assert_str_eq(d.items[2].file, "<string>"); /* no file name */
    char *out = written(&d);
    ck_assert_str_eq(out, "f.yaml:2:4: error: second line first\n"
                          "    2 | b: 2\n"
                          "      |    ^\n"
                          "f.yaml:1:4: error: then the first\n"
                          "    1 | a: 1\n"
                          "      |    ^\n"
                          "<string>: error: the value is empty\n");
    free(out);
    lv_diags_fini(&d);
    ck_assert_uint_eq(d.count, 0); /* fini leaves an empty list */
}
END_TEST

/* What a diagnostic quotes reaches the terminal without control characters: an escape sequence,
 * a C1 control (U+009B, the 8-bit CSI) written in UTF-8 or as a lone byte, a byte that is not
 * UTF-8; letters such as 'ø' and tabs stay. */
START_TEST(control_characters_never_reach_the_terminal)
{
    struct lv_diags d;
    lv_diags_init(&d);
    lv_diags_add(&d, "f.csv", NULL, 0, 0, 1, "type 'x\x1b[31mred' \xc2\x9b \x9b \xff s\xc3\xb8r\tend");
    char *out = written(&d);
    ck_assert_str_eq(out, "f.csv: error: type 'x?[31mred' ?? ? ? s\xc3\xb8r\tend\n");
    free(out);
    lv_diags_fini(&d);
}
END_TEST

/* Catalogue messages fill their placeholders, in the diagnostics' language. */
START_TEST(catalogue_messages_fill_their_arguments)
{
    struct lv_diags d;
    lv_diags_init(&d);
    d.lang = LV_LANG_NB;
    lv_diags_msg(&d, "s.yaml", NULL, 3, 7, 1, LV_MSG_E_UNKNOWN_KEY_SUGGEST, "doctor", "site 'north'", "doctors",
                 NULL);
    ck_assert_str_eq(d.items[0].message, "ukjent nøkkel 'doctor' i site 'north' (mente du 'doctors'?)");
    char *out = written(&d);
    /* the tag word stays English so that editors and scripts find the error in any language */
    ck_assert_str_eq(out, "s.yaml:3:7: error: ukjent nøkkel 'doctor' i site 'north' (mente du 'doctors'?)\n");
    free(out);
    lv_diags_fini(&d);
}
END_TEST

static void add_many(struct lv_diags *d, int n)
{
    for (int i = 0; i < n; i++)
        lv_diags_add(d, "f.yaml", NULL, i + 1, 1, 1, "error %d", i + 1);
}

/* The last line of text (after its last-but-one newline). */
static const char *last_line(const char *text)
{
    size_t n = strlen(text);
    ck_assert_uint_gt(n, 1);
    const char *p = text + n - 1;
    while (p > text && p[-1] != '\n')
        p--;
    return p;
}

START_TEST(the_list_keeps_50_and_counts_the_rest)
{
    struct lv_diags d;
    lv_diags_init(&d);
    add_many(&d, LV_DIAGS_MAX + 3);
    ck_assert_uint_eq(d.count, LV_DIAGS_MAX);
    ck_assert_uint_eq(d.dropped, 3);
    ck_assert_str_eq(d.items[LV_DIAGS_MAX - 1].message, "error 50"); /* the first ones are kept */
    char *out = written(&d);
    ck_assert_str_eq(last_line(out), "lvsim: 3 more errors not shown (the first 50 are above)\n");
    ck_assert_ptr_null(strstr(out, "error 51"));
    free(out);
    lv_diags_fini(&d);

    lv_diags_init(&d);
    add_many(&d, LV_DIAGS_MAX + 1);
    out = written(&d);
    ck_assert_str_eq(last_line(out), "lvsim: 1 more error not shown (the first 50 are above)\n");
    free(out);
    lv_diags_fini(&d);

    lv_diags_init(&d);
    add_many(&d, LV_DIAGS_MAX);
    out = written(&d);
    ck_assert_str_eq(last_line(out), "f.yaml:50:1: error: error 50\n"); /* nothing dropped, no note */
    free(out);
    lv_diags_fini(&d);
}
END_TEST

/* Columns count characters: the caret goes under the fault however many bytes the letters
 * before it take, and the span underlines characters too. A tab stays a tab in the padding. */
START_TEST(the_caret_lines_up_under_utf8_and_tabs)
{
    struct lv_diags d;
    lv_diags_init(&d);
    /* "navn: " then "Ålesund" (Å is 2 bytes) then " nord": 'n' of nord is column 15 */
    const char *src = "sted: x\nnavn: \xC3\x85lesund nord\n";
    lv_diags_add(&d, "u.yaml", src, 2, 15, 4, "bad");
    lv_diags_add(&d, "u.yaml", "\tkey: v\n", 1, 7, 1, "tab");
    char *out = written(&d);
    ck_assert_str_eq(out, "u.yaml:2:15: error: bad\n"
                          "    2 | navn: \xC3\x85lesund nord\n"
                          "      |               ^~~~\n"
                          "u.yaml:1:7: error: tab\n"
                          "    1 | \tkey: v\n"
                          "      | \t     ^\n");
    free(out);
    ck_assert_int_eq(d.items[0].caret, 14);
    lv_diags_fini(&d);
}
END_TEST

/* A column past the end of its line is a wrong position: the message stays, no source line. */
START_TEST(a_column_past_the_line_shows_no_source)
{
    struct lv_diags d;
    lv_diags_init(&d);
    lv_diags_add(&d, "f.yaml", "ab\ncd\n", 1, 9, 1, "far");
    ck_assert_ptr_null(d.items[0].source_line);
    char *out = written(&d);
    ck_assert_str_eq(out, "f.yaml:1:9: error: far\n");
    free(out);
    lv_diags_fini(&d);
}
END_TEST

/* A long line is shown as a window around the column, cut marks "…" on both sides, and the
 * caret still points at the character at the column. */
START_TEST(a_long_line_is_shown_around_the_column)
{
    enum { LEN = 1000, COLUMN = 500 };
    char *src = malloc(LEN + 2);
    for (int i = 0; i < LEN; i++)
        src[i] = (char)('a' + i % 26);
    src[COLUMN - 1] = 'X';
    src[LEN] = '\n';
    src[LEN + 1] = '\0';
    struct lv_diags d;
    lv_diags_init(&d);
    lv_diags_add(&d, "long.yaml", src, 1, COLUMN, 1, "here");
    const struct lv_diag *g = &d.items[0];
    ck_assert_ptr_nonnull(g->source_line);
    size_t n = strlen(g->source_line);
    ck_assert_uint_le(n, 160 + 6); /* the window and two "…" */
    ck_assert_int_eq(memcmp(g->source_line, "\xE2\x80\xA6", 3), 0);
    ck_assert_int_eq(memcmp(g->source_line + n - 3, "\xE2\x80\xA6", 3), 0);
    /* "…" is one character (3 bytes): the caret-th character is the 'X' */
    ck_assert_int_eq(g->source_line[3 + g->caret - 1], 'X');
    char *out = written(&d);
    ck_assert_ptr_nonnull(strstr(out, "long.yaml:1:500: error: here\n"));
    lv_diags_fini(&d);
    free(out);
    free(src);
}
END_TEST

START_TEST(positions_count_crlf_as_one_break)
{
    int line, column;
    const char *text = "a: 1\r\nbb: \xC3\xA6x\r\n\r\nc";
    lv_diags_position(text, 0, &line, &column);
    ck_assert_int_eq(line, 1);
    ck_assert_int_eq(column, 1);
    lv_diags_position(text, 6, &line, &column); /* first 'b' */
    ck_assert_int_eq(line, 2);
    ck_assert_int_eq(column, 1);
    lv_diags_position(text, 12, &line, &column); /* 'x' after the two-byte 'æ' */
    ck_assert_int_eq(line, 2);
    ck_assert_int_eq(column, 6);
    lv_diags_position(text, strlen(text) - 1, &line, &column); /* 'c' after an empty CR LF line */
    ck_assert_int_eq(line, 4);
    ck_assert_int_eq(column, 1);
    lv_diags_position("a\rb\nc", 4, &line, &column); /* a lone CR breaks a line too */
    ck_assert_int_eq(line, 3);
    ck_assert_int_eq(column, 1);
}
END_TEST

/* The source line of an error in a CR LF file is shown without its CR. */
START_TEST(crlf_source_lines_are_shown_without_cr)
{
    struct lv_diags d;
    lv_diags_init(&d);
    lv_diags_add(&d, "w.yaml", "a: 1\r\nb: x\r\n", 2, 4, 1, "bad");
    ck_assert_str_eq(d.items[0].source_line, "b: x");
    lv_diags_fini(&d);
}
END_TEST

Suite *diag_suite(void)
{
    Suite *s = suite_create("diag");
    TCase *t = tcase_create("diag");
    tcase_add_test(t, errors_come_out_in_the_order_added);
    tcase_add_test(t, catalogue_messages_fill_their_arguments);
    tcase_add_test(t, the_list_keeps_50_and_counts_the_rest);
    tcase_add_test(t, the_caret_lines_up_under_utf8_and_tabs);
    tcase_add_test(t, a_column_past_the_line_shows_no_source);
    tcase_add_test(t, a_long_line_is_shown_around_the_column);
    tcase_add_test(t, positions_count_crlf_as_one_break);
    tcase_add_test(t, crlf_source_lines_are_shown_without_cr);
    tcase_add_test(t, control_characters_never_reach_the_terminal);
    suite_add_tcase(s, t);
    return s;
}
