/* calendar.h — the event calendar: ordered by (time, priority, insertion sequence), with
 * O(log n) cancel through the handle push returns. A binary min-heap holds the near future;
 * with a bucket width set, later events wait unsorted in a ring of time buckets and enter the
 * heap when their window comes, so the heap stays small however many events are pending (the
 * order events come out in is the same either way). Event records live in the calendar's own
 * arrays and are recycled through a free list, so the hot path allocates only when the number of
 * pending events exceeds anything seen before (capacity doubles). */
#ifndef LVSIM_CALENDAR_H
#define LVSIM_CALENDAR_H

#include <stdint.h>

/* A handle: slot index in the low 32 bits, the slot's generation above, so a handle kept after
 * its event fired or was cancelled can never cancel a later event that reuses the slot. */
typedef uint64_t lv_event_id;
#define LV_EVENT_NONE UINT64_MAX

/* Buckets in the ring: with width w, events up to 1024 w ahead are bucketed, later ones wait in
 * an overflow list that is sorted out as the ring reaches them. */
#define LV_CALENDAR_BUCKETS 1024

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

/* An event's record, all in one place: a push, a pour from a bucket or a pop touches one or two
 * cache lines of it, not one per field (measured on the national scenario, issue 14). */
struct lv_slot {
    double time;
    uint64_t order;      /* its key's priority and sequence */
    int kind;
    uint32_t data;
    uint32_t position;   /* heap index, a bucket's mark, or free */
    uint32_t generation; /* times the slot was released */
    uint32_t next, prev; /* neighbours in its bucket's list */
};

struct lv_calendar {
    struct lv_heap_entry *heap; /* heap[0..size): the events of the current window */
    struct lv_slot *slots;
    uint32_t *free_ids;
    uint32_t size, capacity, free_count;
    uint32_t live;              /* pending: heap, buckets and overflow */
    uint32_t bucketed, overflowed;
    uint32_t bucket_head[LV_CALENDAR_BUCKETS + 1]; /* the last is the overflow list */
    double width;               /* of a window in seconds; 0: everything in the heap */
    double per_width;           /* 1 / width: a first guess of an event's window without a division */
    int64_t window;             /* the current window's number: it ends at window_end */
    double window_end;
    double overflow_min;        /* no overflow event is earlier */
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

/* Buckets events `width` seconds wide from now on (only while the calendar is empty; width <= 0
 * or not finite leaves it as it is). A width that puts a few dozen events in a window suits:
 * narrower makes the heap smaller but the window move on more often. */
void lv_calendar_set_width(struct lv_calendar *c, double width);

/* Moves the window on until the heap holds the earliest pending event (if any is pending). */
void lv_calendar_refill(struct lv_calendar *c);

/* Pending events. */
static inline uint32_t lv_calendar_size(const struct lv_calendar *c) { return c->live; }

/* Time and priority of the earliest pending event; +infinity and 255 when none is pending. Not
 * const: the window may move on to find it. */
static inline double lv_calendar_next_time(struct lv_calendar *c)
{
    if (c->size == 0 && c->live > 0)
        lv_calendar_refill(c);
    return c->size ? c->heap[0].time : 1.0 / 0.0;
}
static inline unsigned lv_calendar_next_priority(struct lv_calendar *c)
{
    if (c->size == 0 && c->live > 0)
        lv_calendar_refill(c);
    return c->size ? (unsigned)(c->heap[0].order >> 56) : 255u;
}

#endif
