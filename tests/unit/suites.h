/* suites.h — one Check suite per module; tests/unit/main.c runs them all. */
#ifndef LVSIM_TEST_SUITES_H
#define LVSIM_TEST_SUITES_H

#include <check.h>

Suite *calendar_suite(void);
Suite *dist_suite(void);
Suite *date_suite(void);
Suite *units_suite(void);
Suite *scenario_suite(void);
Suite *model_suite(void);
Suite *validation_suite(void);
Suite *stats_suite(void);
Suite *clinical_suite(void);
Suite *centres_suite(void);
Suite *markov_suite(void);
Suite *queue_suite(void);
Suite *rng_suite(void);
Suite *yamldoc_suite(void);
Suite *sweep_suite(void);
Suite *report_suite(void);
Suite *evaluate_suite(void);
Suite *dispatch_suite(void);

/* Loads a scenario from text, failing the test with the diagnostics if it does not load. */
struct lv_scenario *test_scenario(const char *yaml);

#endif
