/* calendar.c — a binary heap for the near future and a ring of time buckets for the rest.
 *
 * With a bucket width w set (lv_calendar_set_width), the heap holds only the events of the
 * current window [W w, (W + 1) w); each later event waits, unsorted, in the doubly linked list
 * of its window's bucket (windows W + 1 .. W + LV_CALENDAR_BUCKETS) or, further ahead, in an
 * overflow list. When the heap runs dry the window moves on and its bucket is poured into the
 * heap. Heap entries keep the (time, priority, sequence) key they were given when pushed, so
 * events come out in exactly the order of one big heap; the heap just stays small (a few dozen
 * entries instead of hundreds on the national scenario), and a sift touches few levels. Keys are
 * copied into the heap array so sifting never chases pointers. */
#include "lvsim/calendar.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SLOT_FREE UINT32_MAX
/* position[] of an event waiting in bucket b (b = LV_CALENDAR_BUCKETS: the overflow list) */
#define IN_BUCKET(b) (UINT32_MAX - 1 - (uint32_t)(b))
#define BUCKET_OF(pos) (UINT32_MAX - 1 - (pos))
#define OVERFLOW LV_CALENDAR_BUCKETS
#define NONE UINT32_MAX

int lv_calendar_init(struct lv_calendar *c, uint32_t initial_capacity)
{
    memset(c, 0, sizeof *c);
    uint32_t cap = initial_capacity < 16 ? 16 : initial_capacity;
    c->heap = malloc(cap * sizeof *c->heap);
    c->slots = calloc(cap, sizeof *c->slots);
    c->free_ids = malloc(cap * sizeof *c->free_ids);
    if (!c->heap || !c->slots || !c->free_ids) {
        lv_calendar_fini(c);
        return -1;
    }
    c->capacity = cap;
    for (uint32_t i = 0; i < cap; i++) {
        c->slots[i].position = SLOT_FREE;
        c->free_ids[i] = cap - 1 - i; /* pop from the end: low ids first */
    }
    c->free_count = cap;
    for (int b = 0; b <= LV_CALENDAR_BUCKETS; b++)
        c->bucket_head[b] = NONE;
    c->window_end = INFINITY; /* no buckets until a width is set */
    return 0;
}

void lv_calendar_fini(struct lv_calendar *c)
{
    free(c->heap);
    free(c->slots);
    free(c->free_ids);
    memset(c, 0, sizeof *c);
}

void lv_calendar_set_width(struct lv_calendar *c, double width)
{
    /* only while empty: the events already pushed stay where they are otherwise */
    if (c->live > 0 || !(width > 0) || !isfinite(width))
        return;
    c->width = width;
    c->per_width = 1 / width;
    c->window = 0;
    c->window_end = width;
}

static int grow(struct lv_calendar *c)
{
    if (c->capacity > UINT32_MAX / 4)
        return -1;
    uint32_t cap = c->capacity * 2;
#define GROW(field)                                                                                \
    do {                                                                                           \
        void *p = realloc(c->field, cap * sizeof *c->field);                                       \
        if (!p)                                                                                    \
            return -1;                                                                             \
        c->field = p;                                                                              \
    } while (0)
    GROW(heap);
    GROW(slots);
    GROW(free_ids);
#undef GROW
    for (uint32_t i = c->capacity; i < cap; i++) {
        c->slots[i].position = SLOT_FREE;
        c->slots[i].generation = 0;
    }
    for (uint32_t i = 0; i < cap - c->capacity; i++)
        c->free_ids[c->free_count++] = cap - 1 - i;
    c->capacity = cap;
    return 0;
}

static inline int before(const struct lv_heap_entry *a, const struct lv_heap_entry *b)
{
    return a->time < b->time || (a->time == b->time && a->order < b->order);
}

static void sift_up(struct lv_calendar *c, uint32_t i)
{
    struct lv_heap_entry e = c->heap[i];
    while (i > 0) {
        uint32_t parent = (i - 1) / 2;
        if (!before(&e, &c->heap[parent]))
            break;
        c->heap[i] = c->heap[parent];
        c->slots[c->heap[i].slot].position = i;
        i = parent;
    }
    c->heap[i] = e;
    c->slots[e.slot].position = i;
}

static void sift_down(struct lv_calendar *c, uint32_t i)
{
    struct lv_heap_entry e = c->heap[i];
    uint32_t n = c->size;
    for (;;) {
        uint32_t child = 2 * i + 1;
        if (child >= n)
            break;
        if (child + 1 < n && before(&c->heap[child + 1], &c->heap[child]))
            child++;
        if (!before(&c->heap[child], &e))
            break;
        c->heap[i] = c->heap[child];
        c->slots[c->heap[i].slot].position = i;
        i = child;
    }
    c->heap[i] = e;
    c->slots[e.slot].position = i;
}

static void heap_insert(struct lv_calendar *c, uint32_t slot)
{
    uint32_t i = c->size++;
    c->heap[i] = (struct lv_heap_entry){.time = c->slots[slot].time, .order = c->slots[slot].order, .slot = slot};
    sift_up(c, i);
}

static void link_into(struct lv_calendar *c, uint32_t slot, int b)
{
    uint32_t head = c->bucket_head[b];
    c->slots[slot].next = head;
    c->slots[slot].prev = NONE;
    if (head != NONE)
        c->slots[head].prev = slot;
    c->bucket_head[b] = slot;
    c->slots[slot].position = IN_BUCKET(b);
    if (b == OVERFLOW) {
        c->overflowed++;
        if (c->slots[slot].time < c->overflow_min)
            c->overflow_min = c->slots[slot].time;
    } else {
        c->bucketed++;
    }
}

static void unlink_from(struct lv_calendar *c, uint32_t slot, int b)
{
    if (c->slots[slot].prev != NONE)
        c->slots[c->slots[slot].prev].next = c->slots[slot].next;
    else
        c->bucket_head[b] = c->slots[slot].next;
    if (c->slots[slot].next != NONE)
        c->slots[c->slots[slot].next].prev = c->slots[slot].prev;
    if (b == OVERFLOW)
        c->overflowed--;
    else
        c->bucketed--;
}

/* Puts a pending event where its time belongs: the heap (current window), a bucket, or the
 * overflow list. */
static void place(struct lv_calendar *c, uint32_t slot)
{
    double t = c->slots[slot].time;
    if (t < c->window_end || isinf(c->window_end)) {
        heap_insert(c, slot);
        return;
    }
    /* Window k holds [k width, (k + 1) width) with the ends computed as lv_calendar_refill
     * computes them. t / width, or t times 1 / width, may round across such an end either way
     * (width 0.1: 1.7 / 0.1 is 17 while 17 * 0.1 is 1.7000000000000002); an event in the window
     * before or after its own would come out after, or before, events of its time pushed later
     * with a higher priority. So the guess is corrected against the ends. */
    double guess = t * c->per_width;
    int64_t last = c->window + LV_CALENDAR_BUCKETS;
    if (!(guess < (double)(last + 2))) { /* far ahead, or +infinity */
        link_into(c, slot, OVERFLOW);
        return;
    }
    int64_t k = (int64_t)guess;
    while (t < (double)k * c->width)
        k--;
    while (t >= (double)(k + 1) * c->width)
        k++;
    if (k > last) {
        link_into(c, slot, OVERFLOW);
        return;
    }
    if (k <= c->window)
        k = c->window + 1; /* t is at or past window_end: never the current window or before */
    link_into(c, slot, (int)(k % LV_CALENDAR_BUCKETS));
}

/* Moves every overflow event that now falls within the ring into its bucket (or the heap). */
static void redistribute(struct lv_calendar *c)
{
    uint32_t slot = c->bucket_head[OVERFLOW];
    c->bucket_head[OVERFLOW] = NONE;
    c->overflowed = 0;
    c->overflow_min = INFINITY;
    while (slot != NONE) {
        uint32_t next = c->slots[slot].next;
        place(c, slot);
        slot = next;
    }
}

void lv_calendar_refill(struct lv_calendar *c)
{
    while (c->size == 0 && c->live > 0) {
        if (c->bucketed == 0) { /* only far events: jump to the window before the earliest */
            double w = floor(c->overflow_min / c->width);
            if (!(w < 0x1p62)) { /* +infinity or beyond any window number: no more windows */
                c->window_end = INFINITY;
                redistribute(c);
                return;
            }
            c->window = (int64_t)w - 1;
        }
        c->window++;
        c->window_end = (double)(c->window + 1) * c->width;
        int b = (int)(c->window % LV_CALENDAR_BUCKETS);
        uint32_t slot = c->bucket_head[b];
        c->bucket_head[b] = NONE;
        while (slot != NONE) {
            uint32_t next = c->slots[slot].next;
            c->bucketed--;
            heap_insert(c, slot);
            slot = next;
        }
        /* the ring now reaches one window further: overflow events may belong there */
        if (c->overflowed > 0 && c->overflow_min < (double)(c->window + LV_CALENDAR_BUCKETS + 1) * c->width)
            redistribute(c);
    }
}

lv_event_id lv_calendar_push(struct lv_calendar *c, double time, unsigned priority, int kind,
                             uint32_t data)
{
    if (c->free_count == 0 && grow(c) != 0)
        return LV_EVENT_NONE;
    uint32_t slot = c->free_ids[--c->free_count];
    struct lv_slot *sl = &c->slots[slot];
    sl->time = time;
    sl->kind = kind;
    sl->data = data;
    sl->order = ((uint64_t)(priority & 0xFF) << 56) | (c->sequence++ & ((1ULL << 56) - 1));
    c->live++;
    place(c, slot);
    return ((uint64_t)sl->generation << 32) | slot;
}

static void release(struct lv_calendar *c, uint32_t slot)
{
    c->slots[slot].position = SLOT_FREE;
    c->slots[slot].generation++;
    c->free_ids[c->free_count++] = slot;
    c->live--;
}

static void remove_at(struct lv_calendar *c, uint32_t i)
{
    uint32_t slot = c->heap[i].slot;
    release(c, slot);
    uint32_t last = --c->size;
    if (i == last)
        return;
    c->heap[i] = c->heap[last];
    c->slots[c->heap[i].slot].position = i;
    if (i > 0 && before(&c->heap[i], &c->heap[(i - 1) / 2]))
        sift_up(c, i);
    else
        sift_down(c, i);
}

int lv_calendar_pop(struct lv_calendar *c, struct lv_event *out)
{
    if (c->size == 0)
        lv_calendar_refill(c);
    if (c->size == 0)
        return -1;
    const struct lv_slot *sl = &c->slots[c->heap[0].slot];
    *out = (struct lv_event){.time = sl->time, .kind = sl->kind, .data = sl->data};
    remove_at(c, 0);
    return 0;
}

int lv_calendar_cancel(struct lv_calendar *c, lv_event_id id)
{
    uint32_t slot = (uint32_t)id;
    if (slot >= c->capacity || c->slots[slot].position == SLOT_FREE || c->slots[slot].generation != (uint32_t)(id >> 32))
        return -1;
    uint32_t pos = c->slots[slot].position;
    if (pos < c->size) {
        remove_at(c, pos);
    } else {
        unlink_from(c, slot, (int)BUCKET_OF(pos));
        release(c, slot);
    }
    return 0;
}
