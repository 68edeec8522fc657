/* version.h — the lvsim version, written into every output. */
#ifndef LVSIM_VERSION_H
#define LVSIM_VERSION_H
#define LV_VERSION "0.1.0"
#endif
