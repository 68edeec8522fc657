/* test_messages.c — the message catalogue: every message has English, translations fill the same
 * placeholders, a missing translation falls back to English, templates expand as documented, and
 * diagnostics take their text from it. */
#include <string.h>

#include "lvsim/diag.h"
#include "lvsim/messages.h"
#include "lvsim/summary.h"
#include "suites.h"

/* The placeholders {1}..{9} a text uses, as a bit set. */
static unsigned placeholders(const char *t)
{
    unsigned set = 0;
    for (const char *p = t; *p; p++)
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}')
            set |= 1u << (p[1] - '1');
    return set;
}

START_TEST(every_message_has_english_text)
{
    for (int id = 0; id < LV_MSG_COUNT; id++) {
        const char *en = lv_msg((enum lv_msg)id, LV_LANG_EN);
        ck_assert_msg(en && *en && strcmp(en, "?") != 0, "message %d has no English text", id);
        for (int lang = 0; lang < LV_LANGUAGES; lang++) {
            const char *t = lv_msg((enum lv_msg)id, (enum lv_language)lang);
            ck_assert_msg(t && *t, "message %d is empty in %s", id, lv_language_code((enum lv_language)lang));
            ck_assert_msg(placeholders(t) == placeholders(en), "message %d in %s has other placeholders than \"%s\"",
                          id, lv_language_code((enum lv_language)lang), en);
        }
    }
    /* every message has its own Norwegian text, with the English text's placeholders (checked
     * above): a new message without one fails here */
    for (int id = 0; id < LV_MSG_COUNT; id++)
        ck_assert_msg(lv_msg_translated((enum lv_msg)id, LV_LANG_NB), "message %d (\"%s\") has no nb text", id,
                      lv_msg((enum lv_msg)id, LV_LANG_EN));
    /* the figure tables' labels are messages */
    ck_assert_str_eq(lv_msg(lv_headline_info(LV_M_CALLS_OFFERED)->label, LV_LANG_EN), "calls offered");
    ck_assert_str_eq(lv_msg(lv_urgency_metric_info(LV_U_ADVICE)->label, LV_LANG_EN), "nurse advice only");
}
END_TEST

START_TEST(missing_translations_fall_back_to_english)
{
    /* translated (every message is: the fallback shows with a language out of range below) */
    ck_assert_str_eq(lv_msg(LV_MSG_SUM_CALLS_OFFERED, LV_LANG_NB), "innkommende anrop");
    ck_assert(lv_msg_translated(LV_MSG_SUM_CALLS_OFFERED, LV_LANG_NB));
    ck_assert(!lv_msg_translated(LV_MSG_SUM_CALLS_OFFERED, (enum lv_language)LV_LANGUAGES));
    ck_assert_str_eq(lv_msg(LV_MSG_MON, LV_LANG_NB), "man");
    ck_assert_str_eq(lv_msg(LV_MSG_MON, LV_LANG_EN), "Mon");
    ck_assert_str_eq(lv_msg(LV_MSG_SUNDAY, LV_LANG_EN), "Sunday");
    /* a language or an id out of range */
    ck_assert_str_eq(lv_msg(LV_MSG_HOME_VISIT, (enum lv_language)LV_LANGUAGES), "home visit");
    ck_assert_str_eq(lv_msg(LV_MSG_HOME_VISIT, (enum lv_language)-1), "home visit");
    ck_assert_str_eq(lv_msg(LV_MSG_COUNT, LV_LANG_EN), "?");
    ck_assert_int_eq(lv_language_parse("en"), LV_LANG_EN);
    ck_assert_int_eq(lv_language_parse("nb"), LV_LANG_NB);
    ck_assert_int_eq(lv_language_parse("xx"), -1);
    ck_assert_str_eq(lv_language_code(LV_LANG_NB), "nb");
    /* the language of a locale name, as lvsim picks its default from LC_ALL, LC_MESSAGES, LANG */
    static const char *const norwegian[] = {"nb_NO.UTF-8", "nn_NO.UTF-8", "no_NO", "nb", "nn", "nb_NO@euro"};
    static const char *const english[] = {"C", "POSIX", "en_GB.UTF-8", "sv_SE.UTF-8", "", "da_DK", "no"};
    for (size_t i = 0; i < sizeof norwegian / sizeof *norwegian; i++)
        ck_assert_int_eq(lv_language_of_locale(norwegian[i]), LV_LANG_NB);
    for (size_t i = 0; i < sizeof english / sizeof *english; i++)
        ck_assert_int_eq(lv_language_of_locale(english[i]), LV_LANG_EN);
    ck_assert_int_eq(lv_language_of_locale(NULL), LV_LANG_EN);
    /* columns of a text: characters, not bytes */
    ck_assert_int_eq(lv_text_width("lør"), 3);
    ck_assert_int_eq(lv_text_width("la på før svar"), 14);
    ck_assert_int_eq(lv_text_width(""), 0);
}
END_TEST

START_TEST(expand_fills_reorders_and_truncates)
{
    const char *args[] = {"a", "bb"};
    char buf[16];
    ck_assert_uint_eq(lv_msg_expand(buf, sizeof buf, "{2} then {1}", 2, args), 9);
    ck_assert_str_eq(buf, "bb then a");
    /* a placeholder without an argument is dropped; braces that are not placeholders stay */
    lv_msg_expand(buf, sizeof buf, "{1}{3}{x}", 2, args);
    ck_assert_str_eq(buf, "a{x}");
    /* truncation keeps the text terminated and reports the length needed */
    ck_assert_uint_eq(lv_msg_expand(buf, 4, "{2}{2}{2}", 2, args), 6);
    ck_assert_str_eq(buf, "bbb");
    ck_assert_uint_eq(lv_msg_expand(NULL, 0, "xyz{1}", 1, args), 4);
    ck_assert_str_eq(lv_msg_int(-12).s, "-12");
    ck_assert_str_eq(lv_msg_num(2.5).s, "2.5");
}
END_TEST

START_TEST(diagnostics_take_text_from_the_catalogue)
{
    struct lv_diags d;
    lv_diags_init(&d);
    lv_diags_msg(&d, "f.yaml", NULL, 3, 4, 1, LV_MSG_E_MORE_NOT_SHOWN, lv_msg_int(7).s, "50", NULL);
    ck_assert_uint_eq(d.count, 1);
    ck_assert_str_eq(d.items[0].message, "lvsim: 7 more errors not shown (the first 50 are above)");
    ck_assert_int_eq(d.items[0].line, 3);
    lv_diags_fini(&d);
}
END_TEST

Suite *messages_suite(void)
{
    Suite *s = suite_create("messages");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, every_message_has_english_text);
    tcase_add_test(tc, missing_translations_fall_back_to_english);
    tcase_add_test(tc, expand_fills_reorders_and_truncates);
    tcase_add_test(tc, diagnostics_take_text_from_the_catalogue);
    suite_add_tcase(s, tc);
    return s;
}
