/* calendar.c — binary heap of (time, order, id) entries with a position index for cancel.
 * Keys are copied into the heap array so sifting never chases pointers. */
#include "lvsim/calendar.h"

#include <stdlib.h>
#include <string.h>

#define SLOT_FREE UINT32_MAX

int lv_calendar_init(struct lv_calendar *c, uint32_t initial_capacity)
{
    memset(c, 0, sizeof *c);
    uint32_t cap = initial_capacity < 16 ? 16 : initial_capacity;
    c->heap = malloc(cap * sizeof *c->heap);
    c->events = malloc(cap * sizeof *c->events);
    c->position = malloc(cap * sizeof *c->position);
    c->free_ids = malloc(cap * sizeof *c->free_ids);
    c->generation = calloc(cap, sizeof *c->generation);
    if (!c->heap || !c->events || !c->position || !c->free_ids || !c->generation) {
        lv_calendar_fini(c);
        return -1;
    }
    c->capacity = cap;
    for (uint32_t i = 0; i < cap; i++) {
        c->position[i] = SLOT_FREE;
        c->free_ids[i] = cap - 1 - i; /* pop from the end: low ids first */
    }
    c->free_count = cap;
    return 0;
}

void lv_calendar_fini(struct lv_calendar *c)
{
    free(c->heap);
    free(c->events);
    free(c->position);
    free(c->free_ids);
    free(c->generation);
    memset(c, 0, sizeof *c);
}

static int grow(struct lv_calendar *c)
{
    if (c->capacity > UINT32_MAX / 4)
        return -1;
    uint32_t cap = c->capacity * 2;
    struct lv_heap_entry *heap = realloc(c->heap, cap * sizeof *heap);
    if (!heap)
        return -1;
    c->heap = heap;
    struct lv_event *events = realloc(c->events, cap * sizeof *events);
    if (!events)
        return -1;
    c->events = events;
    uint32_t *position = realloc(c->position, cap * sizeof *position);
    if (!position)
        return -1;
    c->position = position;
    uint32_t *free_ids = realloc(c->free_ids, cap * sizeof *free_ids);
    if (!free_ids)
        return -1;
    c->free_ids = free_ids;
    uint32_t *generation = realloc(c->generation, cap * sizeof *generation);
    if (!generation)
        return -1;
    c->generation = generation;
    for (uint32_t i = c->capacity; i < cap; i++) {
        c->position[i] = SLOT_FREE;
        c->generation[i] = 0;
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
        c->position[c->heap[i].slot] = i;
        i = parent;
    }
    c->heap[i] = e;
    c->position[e.slot] = i;
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
        c->position[c->heap[i].slot] = i;
        i = child;
    }
    c->heap[i] = e;
    c->position[e.slot] = i;
}

lv_event_id lv_calendar_push(struct lv_calendar *c, double time, unsigned priority, int kind,
                             uint32_t data)
{
    if (c->free_count == 0 && grow(c) != 0)
        return LV_EVENT_NONE;
    uint32_t slot = c->free_ids[--c->free_count];
    c->events[slot] = (struct lv_event){.time = time, .kind = kind, .data = data};
    uint32_t i = c->size++;
    c->heap[i] = (struct lv_heap_entry){
        .time = time, .order = ((uint64_t)(priority & 0xFF) << 56) | (c->sequence++ & ((1ULL << 56) - 1)), .slot = slot};
    sift_up(c, i);
    return ((uint64_t)c->generation[slot] << 32) | slot;
}

static void remove_at(struct lv_calendar *c, uint32_t i)
{
    uint32_t slot = c->heap[i].slot;
    c->position[slot] = SLOT_FREE;
    c->generation[slot]++;
    c->free_ids[c->free_count++] = slot;
    uint32_t last = --c->size;
    if (i == last)
        return;
    c->heap[i] = c->heap[last];
    c->position[c->heap[i].slot] = i;
    if (i > 0 && before(&c->heap[i], &c->heap[(i - 1) / 2]))
        sift_up(c, i);
    else
        sift_down(c, i);
}

int lv_calendar_pop(struct lv_calendar *c, struct lv_event *out)
{
    if (c->size == 0)
        return -1;
    *out = c->events[c->heap[0].slot];
    remove_at(c, 0);
    return 0;
}

int lv_calendar_cancel(struct lv_calendar *c, lv_event_id id)
{
    uint32_t slot = (uint32_t)id;
    if (slot >= c->capacity || c->position[slot] == SLOT_FREE || c->generation[slot] != (uint32_t)(id >> 32))
        return -1;
    remove_at(c, c->position[slot]);
    return 0;
}
