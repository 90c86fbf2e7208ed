// Shim over ncursesw for Swift: macros and non-concurrency-safe globals become functions.
#ifndef AGORA_CNCURSESW_SHIM_H
#define AGORA_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *agora_stdscr(void) { return stdscr; }
static inline int agora_lines(void) { return LINES; }
static inline int agora_cols(void) { return COLS; }
static inline int agora_colors(void) { return COLORS; }
static inline int agora_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t agora_a_normal(void) { return A_NORMAL; }
static inline attr_t agora_a_bold(void) { return A_BOLD; }
static inline attr_t agora_a_reverse(void) { return A_REVERSE; }
static inline attr_t agora_a_underline(void) { return A_UNDERLINE; }
static inline attr_t agora_a_dim(void) { return A_DIM; }
static inline attr_t agora_a_blink(void) { return A_BLINK; }
static inline attr_t agora_a_italic(void) { return A_ITALIC; }
static inline int agora_key_resize(void) { return KEY_RESIZE; }
static inline int agora_key_mouse(void) { return KEY_MOUSE; }
static inline int agora_ok(void) { return OK; }
static inline int agora_err(void) { return ERR; }
static inline int agora_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t agora_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t agora_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t agora_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t agora_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int agora_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
