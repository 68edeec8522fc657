/* test_compose.c — the document a scenario is read from (sim/scenario/compose.c), through the
 * public loader: `extends` chains merge mappings key by key and replace lists whole, refuse
 * cycles and chains longer than 16 with the file and line of the `extends:`; --set overrides
 * address keys as a.b, list items as [2] or [name], and refuse what they cannot address with
 * messages naming the override. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lvsim/dist.h"
#include "lvsim/scenario.h"
#include "suites.h"

static const char *valid_tail =
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 4m}}]\n"
    "  patience: {dist: exponential, mean: 5m}\n";

/* A fresh directory for one test's files. */
static void make_dir(char dir[64])
{
    snprintf(dir, 64, "/tmp/lvsim-compose-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

static void remove_files(const char *dir, const char *const *names, int n)
{
    char path[512];
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
}

static struct lv_scenario *load(const char *dir, const char *name, struct lv_diags *d)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    lv_diags_init(d);
    return lv_scenario_load(path, NULL, NULL, NULL, 0, d);
}

/* Three generations: each mapping key not named again is inherited from the nearest ancestor
 * that has it; a list named again replaces the ancestor's whole (no concatenation). */
START_TEST(an_extends_chain_merges_mappings_and_replaces_lists)
{
    char dir[64];
    make_dir(dir);
    char text[1024];
    snprintf(text, sizeof text,
             "name: grand\nhorizon: 10d\ndemand: {calls_per_hour: 20, growth: 1.0}\n%s"
             "centre:\n  announcement: 30s\n"
             "  operators: [{days: all, from: \"00:00\", to: \"12:00\", count: 2},\n"
             "              {days: all, from: \"12:00\", to: \"24:00\", count: 5}]\n",
             valid_tail);
    write_file(dir, "grand.yaml", text);
    write_file(dir, "parent.yaml", "extends: grand.yaml\nname: parent\ndemand: {growth: 1.5}\nhorizon: 12d\n");
    write_file(dir, "child.yaml", "extends: parent.yaml\nname: child\n"
                                  "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 4}]\n");
    struct lv_diags d;
    struct lv_scenario *s = load(dir, "child.yaml", &d);
    if (!s)
        lv_diags_write(&d, stderr);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s->name, "child");
    ck_assert_double_eq_tol(s->horizon_s, 12 * 86400.0, 1e-9);            /* from the parent */
    ck_assert_double_eq_tol(s->demand.growth, 1.5, 1e-12);                 /* the parent's, merged */
    ck_assert_double_eq_tol(s->demand.calls_per_hour, 20, 1e-12);          /* the grandparent's beside it */
    ck_assert_double_eq_tol(s->sites[0].announcement_s, 30, 1e-12);        /* inherited beside the list */
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 0, 60), 4); /* the child's list ... */
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 0, 18 * 60), 4); /* ... replaced both bands */
    lv_scenario_free(s);
    lv_diags_fini(&d);
    const char *names[] = {"grand.yaml", "parent.yaml", "child.yaml"};
    remove_files(dir, names, 3);
}
END_TEST

START_TEST(circular_extends_names_the_file_and_line)
{
    char dir[64];
    make_dir(dir);
    write_file(dir, "a.yaml", "name: a\nextends: b.yaml\n");
    write_file(dir, "b.yaml", "# b goes back to a\nname: b\nextends: a.yaml\n");
    struct lv_diags d;
    ck_assert_ptr_null(load(dir, "a.yaml", &d));
    ck_assert_uint_eq(d.count, 1);
    char b[128], message[256];
    snprintf(b, sizeof b, "%s/b.yaml", dir);
    snprintf(message, sizeof message, "circular 'extends': 'a.yaml' extends itself through '%s'", b);
    ck_assert_str_eq(d.items[0].file, b);
    ck_assert_int_eq(d.items[0].line, 3);
    ck_assert_int_eq(d.items[0].column, 10);
    ck_assert_int_eq(d.items[0].span, 6); /* under a.yaml */
    ck_assert_str_eq(d.items[0].message, message);
    ck_assert_str_eq(d.items[0].source_line, "extends: a.yaml");
    lv_diags_fini(&d);

    write_file(dir, "self.yaml", "extends: ./self.yaml\n");
    ck_assert_ptr_null(load(dir, "self.yaml", &d));
    ck_assert_ptr_nonnull(strstr(d.items[0].message, "circular 'extends': './self.yaml' extends itself"));
    lv_diags_fini(&d);
    const char *names[] = {"a.yaml", "b.yaml", "self.yaml"};
    remove_files(dir, names, 3);
}
END_TEST

/* f0 extends f1 ... : 16 files in a chain load, a 17th is refused where the 16th names it. */
START_TEST(extends_chains_are_at_most_16_long)
{
    char dir[64];
    make_dir(dir);
    char names[17][16], text[1024];
    const char *all[17];
    for (int i = 0; i < 17; i++) {
        snprintf(names[i], sizeof names[i], "f%d.yaml", i);
        all[i] = names[i];
    }
    snprintf(text, sizeof text, "name: last\ndemand: {calls_per_hour: 20}\n%s"
             "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n", valid_tail);
    write_file(dir, "f15.yaml", text);
    for (int i = 0; i < 15; i++) {
        snprintf(text, sizeof text, "extends: f%d.yaml\n", i + 1);
        write_file(dir, names[i], text);
    }
    struct lv_diags d;
    struct lv_scenario *s = load(dir, "f0.yaml", &d);
    if (!s)
        lv_diags_write(&d, stderr);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s->name, "last");
    lv_scenario_free(s);
    lv_diags_fini(&d);

    write_file(dir, "f16.yaml", "name: too far\n");
    write_file(dir, "f15.yaml", "name: f15\n\nextends: f16.yaml\n");
    ck_assert_ptr_null(load(dir, "f0.yaml", &d));
    ck_assert_uint_eq(d.count, 1);
    char f15[128];
    snprintf(f15, sizeof f15, "%s/f15.yaml", dir);
    ck_assert_str_eq(d.items[0].file, f15);
    ck_assert_int_eq(d.items[0].line, 3);
    ck_assert_str_eq(d.items[0].message, "'extends' chains may be at most 16 long");
    lv_diags_fini(&d);
    remove_files(dir, all, 17);
}
END_TEST

START_TEST(a_missing_base_is_reported_at_the_extends)
{
    char dir[64];
    make_dir(dir);
    write_file(dir, "c.yaml", "name: c\nextends: nowhere.yaml\n");
    struct lv_diags d;
    ck_assert_ptr_null(load(dir, "c.yaml", &d));
    ck_assert_int_eq(d.items[0].line, 2);
    ck_assert_str_eq(d.items[0].message, "'extends' names 'nowhere.yaml', which cannot be opened: No such file or "
                                         "directory");
    lv_diags_fini(&d);
    const char *names[] = {"c.yaml"};
    remove_files(dir, names, 1);
}
END_TEST

/* ---- overrides ---- */

/* Loads the default scenario with one override; returns it or NULL with diagnostics in d. */
static struct lv_scenario *with_set(const char *arg, struct lv_diags *d)
{
    static char buf[512];
    struct lv_override ov;
    ck_assert_int_eq(lv_override_parse(arg, buf, sizeof buf, &ov), 0);
    lv_diags_init(d);
    return lv_scenario_load(NULL, lv_default_scenario_text(), "default", &ov, 1, d);
}

/* The one error an override that cannot be applied gets: named after the override. */
static void refused(const char *arg, const char *message)
{
    struct lv_diags d;
    ck_assert_ptr_null(with_set(arg, &d));
    ck_assert_uint_eq(d.count, 1);
    char name[600];
    snprintf(name, sizeof name, "--set '%s'", arg);
    ck_assert_str_eq(d.items[0].file, name);
    ck_assert_int_eq(d.items[0].line, 0); /* an override has no line */
    ck_assert_str_eq(d.items[0].message, message);
    lv_diags_fini(&d);
}

START_TEST(override_paths_address_keys_indices_and_names)
{
    struct lv_diags d;
    struct lv_scenario *s = with_set("demand.growth=1.3", &d);
    ck_assert_ptr_nonnull(s);
    ck_assert_double_eq_tol(s->demand.growth, 1.3, 1e-12);
    lv_scenario_free(s);
    lv_diags_fini(&d);

    s = with_set("calls.types[1].talk={dist: exponential, mean: 3m}", &d);
    ck_assert_ptr_nonnull(s);
    ck_assert_double_eq_tol(lv_dist_mean(&s->types[1].talk), 180, 1e-9);
    lv_scenario_free(s);
    lv_diags_fini(&d);

    s = with_set("calls.types[short].talk={dist: exponential, mean: 90s}", &d); /* by name: the same item */
    ck_assert_ptr_nonnull(s);
    ck_assert_double_eq_tol(lv_dist_mean(&s->types[1].talk), 90, 1e-9);
    lv_scenario_free(s);
    lv_diags_fini(&d);

    s = with_set("centre.operators[0].count=9", &d);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 1, 3 * 60), 9); /* Tue 03:00: the night band */
    lv_scenario_free(s);
    lv_diags_fini(&d);
}
END_TEST

START_TEST(bad_indices_and_missing_items_are_refused)
{
    /* a list index is plain digits: no sign, no leading zero */
    refused("centre.operators[-0].count=1", "'[-0]' is not a list index: write a number from 0 to 6 without sign, "
                                            "spaces or leading zeros, or an item's name");
    refused("centre.operators[00].count=1", "'[00]' is not a list index: write a number from 0 to 6 without sign, "
                                            "spaces or leading zeros, or an item's name");
    refused("centre.operators[7].count=1",
            "'centre.operators[7]' does not exist: the list has 7 items (indices from 0 to 6)");
    refused("calls.types[nurse].talk=2m",
            "'calls.types[nurse]' does not exist: no item of the list has the name 'nurse'");
    refused("centre.operator[0].count=1", "'centre.operator' does not exist, so '[0]' cannot select an item of it "
                                          "(did you mean 'operators'?)");
    refused("centre.xyzzy[0].count=1", "'centre.xyzzy' does not exist, so '[0]' cannot select an item of it "
                                       "(check the spelling against docs/scenario.md)");
    refused("demand[0]=1", "'demand[0]' selects a list item, but that key does not hold a list");
    refused("demand.growth.x=1", "'demand.growth.x' cannot be set: its parent is not a mapping of keys");
    refused("demand..growth=1", "'demand..growth' is not a key path (write e.g. centre.operators[2].count or "
                                "centres[north].announcement)");
    refused("demand.growth=", "the value is empty");
}
END_TEST

/* One item: the message says "1 item", not "1 items". */
START_TEST(a_one_item_list_is_counted_in_the_singular)
{
    struct lv_override ov;
    char buf[256];
    ck_assert_int_eq(lv_override_parse("calls.types[1].share=50%", buf, sizeof buf, &ov), 0);
    char text[1024];
    snprintf(text, sizeof text, "demand: {calls_per_hour: 20}\n%s"
             "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n", valid_tail);
    struct lv_diags d;
    lv_diags_init(&d);
    ck_assert_ptr_null(lv_scenario_load(NULL, text, "one.yaml", &ov, 1, &d));
    ck_assert_str_eq(d.items[0].message, "'calls.types[1]' does not exist: the list has 1 item (indices from 0 to 0)");
    lv_diags_fini(&d);
}
END_TEST

/* ---- --add-staff: the override add-staff=CHANGE ---- */

/* The default scenario's operators (count, floor, shared) on day type `day` at minute m. */
static int on_duty(const struct lv_scenario *s, int role, int day, int m)
{
    const struct lv_schedule *sch = &s->sites[0].operators;
    for (int b = 0; b < sch->band_count[day]; b++) {
        const struct lv_band *band = &sch->bands[day][b];
        if (band->from_min <= m && m < band->to_min)
            return role == 0 ? band->count : role == 1 ? band->floor : band->shared;
    }
    return -1;
}

START_TEST(add_staff_splits_the_bands_it_crosses)
{
    struct lv_diags d;
    struct lv_scenario *base = with_set("demand.growth=1", &d), *s;
    lv_diags_fini(&d);
    /* default: weekdays 15-21 count 2, 21-24 count 1 */
    s = with_set("add-staff=mon-fri 15:00-23:00 +1", &d);
    ck_assert_ptr_nonnull(s);
    for (int day = 0; day < LV_DAY_TYPES; day++)
        for (int m = 0; m < 1440; m += 30) {
            bool inside = day < 5 && m >= 15 * 60 && m < 23 * 60;
            for (int role = 0; role < 3; role++)
                ck_assert_int_eq(on_duty(s, role, day, m), on_duty(base, role, day, m) + (inside && role == 0));
        }
    ck_assert_int_eq(on_duty(s, 0, 0, 22 * 60), 2);
    ck_assert_int_eq(on_duty(s, 0, 0, 23 * 60), 1);
    lv_scenario_free(s);
    lv_diags_fini(&d);
    /* Sunday only: holidays, staffed like Sundays in the file, keep their staff */
    s = with_set("add-staff=sun 10:00-12:00 -1 shared", &d);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(on_duty(s, 2, 6, 11 * 60), on_duty(base, 2, 6, 11 * 60) - 1);
    ck_assert_int_eq(on_duty(s, 2, LV_HOLIDAY_DAY_TYPE, 11 * 60), on_duty(base, 2, 6, 11 * 60));
    ck_assert_int_eq(on_duty(s, 2, 5, 11 * 60), on_duty(base, 2, 5, 11 * 60));
    lv_scenario_free(s);
    lv_diags_fini(&d);
    /* a wrapping range, a list, a role */
    s = with_set("add-staff=fri-mon,wed 07:30-08:30 +2 floor", &d);
    ck_assert_ptr_nonnull(s);
    int days[] = {4, 5, 6, 0, 2};
    for (int i = 0; i < 5; i++) {
        ck_assert_int_eq(on_duty(s, 1, days[i], 8 * 60), on_duty(base, 1, days[i], 8 * 60) + 2);
        ck_assert_int_eq(on_duty(s, 1, days[i], 7 * 60 + 30), on_duty(base, 1, days[i], 7 * 60 + 30) + 2);
        ck_assert_int_eq(on_duty(s, 1, days[i], 8 * 60 + 30), on_duty(base, 1, days[i], 8 * 60 + 30));
    }
    ck_assert_int_eq(on_duty(s, 1, 1, 8 * 60), on_duty(base, 1, 1, 8 * 60)); /* Tuesday: not named */
    lv_scenario_free(s);
    lv_diags_fini(&d);
    lv_scenario_free(base);
}
END_TEST

/* The one error a change gets, named by what the user typed. */
static void add_staff_refused(const char *change, const char *message)
{
    char arg[300], name[320];
    snprintf(arg, sizeof arg, "add-staff=%s", change);
    snprintf(name, sizeof name, "--add-staff '%s'", change);
    struct lv_diags d;
    ck_assert_ptr_null(with_set(arg, &d));
    ck_assert_uint_eq(d.count, 1);
    ck_assert_str_eq(d.items[0].file, name);
    ck_assert_str_eq(d.items[0].message, message);
    lv_diags_fini(&d);
}

START_TEST(add_staff_is_checked_like_the_file)
{
    add_staff_refused("sat,sun 00:00-08:00 -2",
                      "this leaves -1 phone nurses on Sat 00:00-08:00, where there are 1 ('count' of operators[4])");
    add_staff_refused("mon 10:00-11:00 -2 floor",
                      "this leaves -1 floor nurses on Mon 10:00-11:00, where there are 1 ('floor' of operators[1])");
    add_staff_refused("mon 10:00-11:00 +10001", "'+10001' is not a change of staff like +1 or -2 (a sign, then 1 to 10000)");
    add_staff_refused("mon 10:00-11:00 1", "'1' is not a change of staff like +1 or -2 (a sign, then 1 to 10000)");
    add_staff_refused("mon 11:00-10:00 +1", "'11:00-10:00' is not a span of the day like 15:00-23:00 (from before to; "
                                            "24:00 ends the day)");
    add_staff_refused("monday 10:00-11:00 +1", "'monday' is not a day, a range of days or a list of them (days: all, "
                                               "weekdays, weekends, holidays, mon … sun; e.g. mon-fri, sat,sun)");
    add_staff_refused("mon,,tue 10:00-11:00 +1", "'mon,,tue' is not a day, a range of days or a list of them (days: "
                                                 "all, weekdays, weekends, holidays, mon … sun; e.g. mon-fri, sat,sun)");
    add_staff_refused("mon 10:00-11:00 +1 nurse", "'nurse' is not a role Legevaktsentralen has (roles: operator, floor, "
                                                  "shared, doctor)");
    add_staff_refused("mon 10:00-11:00 +1 @north", "no centre or satellite is named 'north' (names: Legevaktsentralen)");
    add_staff_refused("mon 10:00-11:00 +1 floor floor", "expected 'DAYS FROM-TO +N [ROLE] [@CENTRE]', e.g. 'mon-fri "
                                                        "15:00-23:00 +1', got 'mon 10:00-11:00 +1 floor floor'");
    add_staff_refused("", "expected 'DAYS FROM-TO +N [ROLE] [@CENTRE]', e.g. 'mon-fri 15:00-23:00 +1', got ''");
    /* above the most a band may hold: the file's own check, named after the change */
    struct lv_diags d;
    ck_assert_ptr_null(with_set("add-staff=mon 10:00-11:00 +10000", &d));
    ck_assert_str_eq(d.items[0].file, "--add-staff 'mon 10:00-11:00 +10000'");
    lv_diags_fini(&d);
}
END_TEST

START_TEST(add_staff_names_a_centre_when_there_are_several)
{
    const char *text = "demand: {calls_per_hour: 20}\n"
                       "calls: {types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]}\n"
                       "centres:\n"
                       "  - {name: north, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]}\n"
                       "  - {name: south, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 3}]}\n"
                       "areas: [{name: a, population: 1000, centre: north}, {name: b, population: 1000, centre: south}]\n";
    char buf[256];
    struct lv_override ov;
    struct lv_diags d;
    lv_diags_init(&d);
    ck_assert_int_eq(lv_override_parse("add-staff=mon 10:00-11:00 +1", buf, sizeof buf, &ov), 0);
    ck_assert_ptr_null(lv_scenario_load(NULL, text, "two.yaml", &ov, 1, &d));
    ck_assert_str_eq(d.items[0].message, "the scenario has several centres: name one with @NAME (north, south)");
    lv_diags_fini(&d);
    lv_diags_init(&d);
    ck_assert_int_eq(lv_override_parse("add-staff=mon 10:00-11:00 +1 @south", buf, sizeof buf, &ov), 0);
    struct lv_scenario *s = lv_scenario_load(NULL, text, "two.yaml", &ov, 1, &d);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(lv_schedule_count(&s->sites[1].operators, 0, 10 * 60 + 30), 4);
    ck_assert_int_eq(lv_schedule_count(&s->sites[1].operators, 0, 11 * 60), 3);
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 0, 10 * 60 + 30), 2);
    /* holidays: 'all' names them, so they change with a change on 'all' and not with 'sun' */
    lv_scenario_free(s);
    lv_diags_fini(&d);
    /* a name with spaces (scenarios/norway.yaml: "Bergen (synthetic)"): the rest after '@', as
     * the workbench's Add and Least-we-must-add write it, with a role before it too */
    const char *spaced = "demand: {calls_per_hour: 20}\n"
                         "calls: {types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]}\n"
                         "centres:\n"
                         "  - {name: north, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]}\n"
                         "  - {name: So th, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 3}]}\n"
                         "areas: [{name: a, population: 1000, centre: north}, {name: b, population: 1000, centre: So th}]\n";
    const char *changes[] = {"add-staff=mon 10:00-11:00 +1 @So th", "add-staff=mon 10:00-11:00 +1 operator @So th  "};
    for (int i = 0; i < 2; i++) {
        lv_diags_init(&d);
        ck_assert_int_eq(lv_override_parse(changes[i], buf, sizeof buf, &ov), 0);
        s = lv_scenario_load(NULL, spaced, "two.yaml", &ov, 1, &d);
        ck_assert_msg(s != NULL, "%s: %s", changes[i], d.count ? d.items[0].message : "");
        ck_assert_int_eq(lv_schedule_count(&s->sites[1].operators, 0, 10 * 60 + 30), 4);
        lv_scenario_free(s);
        lv_diags_fini(&d);
    }
    lv_diags_init(&d);
    ck_assert_int_eq(lv_override_parse("add-staff=mon 10:00-11:00 +1 @", buf, sizeof buf, &ov), 0);
    ck_assert_ptr_null(lv_scenario_load(NULL, spaced, "two.yaml", &ov, 1, &d));
    ck_assert_str_eq(d.items[0].message, "expected 'DAYS FROM-TO +N [ROLE] [@CENTRE]', e.g. 'mon-fri 15:00-23:00 +1', "
                                         "got 'mon 10:00-11:00 +1 @'");
    lv_diags_fini(&d);
}
END_TEST

Suite *compose_suite(void)
{
    Suite *s = suite_create("compose");
    TCase *t = tcase_create("extends");
    tcase_add_test(t, an_extends_chain_merges_mappings_and_replaces_lists);
    tcase_add_test(t, circular_extends_names_the_file_and_line);
    tcase_add_test(t, extends_chains_are_at_most_16_long);
    tcase_add_test(t, a_missing_base_is_reported_at_the_extends);
    suite_add_tcase(s, t);
    t = tcase_create("override");
    tcase_add_test(t, override_paths_address_keys_indices_and_names);
    tcase_add_test(t, bad_indices_and_missing_items_are_refused);
    tcase_add_test(t, a_one_item_list_is_counted_in_the_singular);
    tcase_add_test(t, add_staff_splits_the_bands_it_crosses);
    tcase_add_test(t, add_staff_is_checked_like_the_file);
    tcase_add_test(t, add_staff_names_a_centre_when_there_are_several);
    suite_add_tcase(s, t);
    return s;
}
