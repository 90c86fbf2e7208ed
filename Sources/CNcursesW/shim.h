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

/* Key codes (macros in curses.h). */
static inline int agora_key_up(void) { return KEY_UP; }
static inline int agora_key_down(void) { return KEY_DOWN; }
static inline int agora_key_left(void) { return KEY_LEFT; }
static inline int agora_key_right(void) { return KEY_RIGHT; }
static inline int agora_key_home(void) { return KEY_HOME; }
static inline int agora_key_end(void) { return KEY_END; }
static inline int agora_key_npage(void) { return KEY_NPAGE; }
static inline int agora_key_ppage(void) { return KEY_PPAGE; }
static inline int agora_key_backspace(void) { return KEY_BACKSPACE; }
static inline int agora_key_dc(void) { return KEY_DC; }
static inline int agora_key_ic(void) { return KEY_IC; }
static inline int agora_key_enter(void) { return KEY_ENTER; }
static inline int agora_key_btab(void) { return KEY_BTAB; }
static inline int agora_key_f0(void) { return KEY_F0; }
static inline int agora_key_max(void) { return KEY_MAX; }
static inline int agora_key_sleft(void) { return KEY_SLEFT; }
static inline int agora_key_sright(void) { return KEY_SRIGHT; }
static inline mmask_t agora_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t agora_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t agora_button1_click(void) { return BUTTON1_CLICKED; }

/* Drawing. */
static inline int agora_set_style(WINDOW *w, attr_t attrs, short pair) { return wattr_set(w, attrs, pair, NULL); }
static inline int agora_max_y(WINDOW *w) { return getmaxy(w); }
static inline int agora_max_x(WINDOW *w) { return getmaxx(w); }
static inline WINDOW *agora_curscr(void) { return curscr; }
static inline FILE *agora_stdout(void) { return stdout; }
static inline FILE *agora_stdin(void) { return stdin; }

#endif
