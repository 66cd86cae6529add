/* seed_to_xlsxwriter SEED.txt FIRST LAST OUT.xlsx [SHEETNAME]
 *
 * Writes lines FIRST..LAST (1-based, inclusive) of a seed text as one worksheet with
 * libxlsxwriter in constant_memory mode, which writes every string inline (t="inlineStr",
 * no xl/sharedStrings.xml). One line = one row, one TAB field = one cell in that column, as
 * samples/README-seed.md describes; the file is read as bytes and split on '\n' and '\t'
 * exactly, nothing trimmed. Empty fields are left empty.
 *
 * A field that is a plain number (-?d{1,3}(,ddd)*(.d+)?%? or -?d+(.d+)?%?) becomes a numeric
 * cell whose number format shows exactly the field's text: "0" / "#,##0" (thousands
 * separators present) followed by ".00…" with the field's count of decimals, and "%" for a
 * percent (the cell then holds the value / 100). Numbers with a leading zero (0354), integers
 * of 11+ digits (phone numbers) and negative zero (-0%, -0.00) stay text, as in the samples.
 * Everything else is written with worksheet_write_string.
 *
 * Exits 0 on success; 2 on bad usage or I/O error; 1 if libxlsxwriter reports an error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Plain number per the seed rules. On success fills the cleaned numeric text (no commas, for
 * strtod, with "e-2" appended for a percent) and the number-format code. */
static int parse_number(const char *s, size_t n, char *num, size_t num_cap, char *fmt, size_t fmt_cap) {
    size_t i = 0;
    int neg = 0, pct = 0, commas = 0;
    size_t int_digits = 0, decimals = 0, group_len = 0;
    int nonzero = 0;
    char lead = 0;

    if (n == 0 || n + 4 > num_cap) return 0;
    if (s[i] == '-') { neg = 1; i++; }
    if (s[n - 1] == '%') { pct = 1; n--; }
    if (i >= n || !is_digit(s[i])) return 0;
    lead = s[i];
    /* Integer part: digits, optionally grouped by commas (first group 1-3 digits, then 3s). */
    for (; i < n && (is_digit(s[i]) || s[i] == ','); i++) {
        if (s[i] == ',') {
            if (group_len == 0 || (commas == 0 && group_len > 3) || (commas > 0 && group_len != 3)) return 0;
            commas++;
            group_len = 0;
            continue;
        }
        if (s[i] != '0') nonzero = 1;
        int_digits++;
        group_len++;
    }
    if (group_len == 0) return 0; /* trailing comma */
    if (commas > 0 && group_len != 3) return 0;
    if (i < n) {
        if (s[i] != '.') return 0;
        i++;
        for (; i < n && is_digit(s[i]); i++) {
            if (s[i] != '0') nonzero = 1;
            decimals++;
        }
        if (decimals == 0 || i < n) return 0;
    }
    /* Exceptions that stay text. */
    if (lead == '0' && int_digits > 1) return 0;                 /* 0354 */
    if (decimals == 0 && commas == 0 && int_digits >= 11) return 0; /* phone numbers */
    if (neg && !nonzero) return 0;                                /* -0%, -0.00 */

    /* Numeric text for strtod. */
    size_t k = 0;
    for (size_t j = 0; j < n; j++)
        if (s[j] != ',') num[k++] = s[j];
    if (pct) { memcpy(num + k, "e-2", 3); k += 3; }
    num[k] = '\0';

    /* Number format. */
    const char *base = commas ? "#,##0" : "0";
    size_t need = strlen(base) + (decimals ? decimals + 1 : 0) + (size_t)pct + 1;
    if (need > fmt_cap) return 0;
    strcpy(fmt, base);
    k = strlen(fmt);
    if (decimals) {
        fmt[k++] = '.';
        for (size_t d = 0; d < decimals; d++) fmt[k++] = '0';
    }
    if (pct) fmt[k++] = '%';
    fmt[k] = '\0';
    return 1;
}

#define MAX_FORMATS 64
static struct { char code[64]; lxw_format *format; } formats[MAX_FORMATS];
static int format_count;

static lxw_format *format_for(lxw_workbook *wb, const char *code) {
    for (int i = 0; i < format_count; i++)
        if (strcmp(formats[i].code, code) == 0) return formats[i].format;
    if (format_count == MAX_FORMATS) {
        fprintf(stderr, "seed_to_xlsxwriter: too many number formats\n");
        exit(2);
    }
    lxw_format *f = workbook_add_format(wb);
    format_set_num_format(f, code);
    strcpy(formats[format_count].code, code);
    formats[format_count].format = f;
    format_count++;
    return f;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "seed_to_xlsxwriter: %s: %s\n", path, strerror(errno)); exit(2); }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) { cap *= 2; buf = realloc(buf, cap + 1); }
    }
    if (!buf || ferror(f)) { fprintf(stderr, "seed_to_xlsxwriter: cannot read %s\n", path); exit(2); }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static long parse_line_number(const char *s) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || v < 1) { fprintf(stderr, "seed_to_xlsxwriter: bad line number '%s'\n", s); exit(2); }
    return v;
}

static void check(lxw_error err, const char *what, long line, int col) {
    if (err == LXW_NO_ERROR) return;
    fprintf(stderr, "seed_to_xlsxwriter: %s at seed line %ld field %d: %s\n", what, line, col + 1, lxw_strerror(err));
    exit(1);
}

int main(int argc, char **argv) {
    if (argc != 5 && argc != 6) {
        fprintf(stderr, "usage: seed_to_xlsxwriter SEED.txt FIRST LAST OUT.xlsx [SHEETNAME]\n");
        return 2;
    }
    long first = parse_line_number(argv[2]), last = parse_line_number(argv[3]);
    if (last < first) { fprintf(stderr, "seed_to_xlsxwriter: LAST < FIRST\n"); return 2; }
    size_t len;
    char *text = read_file(argv[1], &len);

    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook *wb = workbook_new_opt(argv[4], &options);
    if (!wb) { fprintf(stderr, "seed_to_xlsxwriter: cannot create %s\n", argv[4]); return 1; }
    lxw_worksheet *ws = workbook_add_worksheet(wb, argc == 6 ? argv[5] : NULL);
    if (!ws) { fprintf(stderr, "seed_to_xlsxwriter: cannot add worksheet '%s'\n", argc == 6 ? argv[5] : "Sheet1"); return 1; }

    char num[512], fmt[128];
    long line_no = 1;
    char *p = text, *end = text + len;
    while (p <= end && line_no <= last) {
        char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        if (line_no >= first) {
            lxw_row_t row = (lxw_row_t)(line_no - first);
            int col = 0;
            char *f = p;
            for (;;) {
                char *tab = memchr(f, '\t', (size_t)(eol - f));
                char *fe = tab ? tab : eol;
                size_t n = (size_t)(fe - f);
                if (n > 0) {
                    char saved = *fe;
                    *fe = '\0';
                    if (parse_number(f, n, num, sizeof num, fmt, sizeof fmt)) {
                        double v = strtod(num, NULL);
                        check(worksheet_write_number(ws, row, (lxw_col_t)col, v, format_for(wb, fmt)),
                              "write_number", line_no, col);
                    } else {
                        check(worksheet_write_string(ws, row, (lxw_col_t)col, f, NULL), "write_string", line_no, col);
                    }
                    *fe = saved;
                }
                if (!tab) break;
                f = tab + 1;
                col++;
            }
        }
        if (eol == end) break;
        p = eol + 1;
        line_no++;
    }
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        fprintf(stderr, "seed_to_xlsxwriter: workbook_close %s: %s\n", argv[4], lxw_strerror(err));
        return 1;
    }
    free(text);
    return 0;
}
