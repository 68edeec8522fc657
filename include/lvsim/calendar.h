/* calendar.h — the event calendar: a binary min-heap ordered by (time, priority, insertion
 * sequence), with O(log n) cancel through the handle push returns. Event records live in the
 * calendar's own array and are recycled through a free list, so the hot path allocates only
 * when the number of pending events exceeds anything seen before (capacity doubles). */
#ifndef LVSIM_CALENDAR_H
#define LVSIM_CALENDAR_H

#include <stdint.h>

/* A handle: slot index in the low 32 bits, the slot's generation above, so a handle kept after
 * its event fired or was cancelled can never cancel a later event that reuses the slot. */
typedef uint64_t lv_event_id;
#define LV_EVENT_NONE UINT64_MAX

struct lv_event {
    double time;
    int kind;      /* the model's event type */
    uint32_t data; /* the model's payload, e.g. a call index */
};

struct lv_heap_entry {
    double time;
    uint64_t order; /* priority in the top 8 bits, insertion sequence below */
    uint32_t slot;
};

struct lv_calendar {
    struct lv_heap_entry *heap; /* heap[0..size) */
    struct lv_event *events;    /* indexed by slot */
    uint32_t *position;         /* slot -> heap index, or LV_SLOT_FREE */
    uint32_t *generation;       /* slot -> times it was released */
    uint32_t *free_ids;
    uint32_t size, capacity, free_count;
    uint64_t sequence;
};

int lv_calendar_init(struct lv_calendar *c, uint32_t initial_capacity);
void lv_calendar_fini(struct lv_calendar *c);

/* Schedules an event; priority 0..255, lower first at equal times. Returns its handle, or
 * LV_EVENT_NONE on out of memory. */
lv_event_id lv_calendar_push(struct lv_calendar *c, double time, unsigned priority, int kind,
                             uint32_t data);

/* Removes the earliest event into *out. Returns 0, or -1 when the calendar is empty. */
int lv_calendar_pop(struct lv_calendar *c, struct lv_event *out);

/* Cancels a pending event. Returns 0, or -1 if that event is no longer pending. */
int lv_calendar_cancel(struct lv_calendar *c, lv_event_id id);

static inline uint32_t lv_calendar_size(const struct lv_calendar *c) { return c->size; }

/* Time and priority of the earliest event; +infinity and 255 when the calendar is empty. */
static inline double lv_calendar_next_time(const struct lv_calendar *c)
{
    return c->size ? c->heap[0].time : 1.0 / 0.0;
}
static inline unsigned lv_calendar_next_priority(const struct lv_calendar *c)
{
    return c->size ? (unsigned)(c->heap[0].order >> 56) : 255u;
}

#endif
