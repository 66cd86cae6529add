#include "xlsx/numfmt_numeric.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <tuple>
#include <vector>

#include "xlsx/numfmt_decimal.h"

namespace evalbook::xlsx::numfmt {

namespace {

// Displayed decimals are capped so a hostile "0.000…" code cannot ask for unbounded rounding work.
constexpr int kMaxDecimals = 30;
// Percent signs and scaling commas beyond this many change nothing a reader could use.
constexpr int kMaxShifts = 100;

// Roles of the tokens of a numeric section, found once before emitting.
struct Layout {
  size_t point = std::string::npos;     // the decimal point of the mantissa
  size_t exponent = std::string::npos;  // the E+/E- token
  int int_places = 0;
  int frac_places = 0;
  int exp_places = 0;
  int percents = 0;
  int scale_commas = 0;
  bool grouping = false;
  std::vector<bool> literal_comma;  // commas shown as ','
};

void classify_commas(const std::vector<Token>& t, Layout& lay) {
  lay.literal_comma.assign(t.size(), false);
  const size_t mantissa_end = std::min(lay.exponent, t.size());
  size_t k = 0;
  while (k < t.size()) {
    if (t[k].kind != Kind::comma) {
      ++k;
      continue;
    }
    size_t end = k;
    while (end < t.size() && t[end].kind == Kind::comma) ++end;
    const bool after_digit = k > 0 && is_digit_token(t, k - 1);
    if (after_digit && is_digit_token(t, end)) {
      // Between placeholders: a thousands separator in the integer part, ignored elsewhere.
      if (end < lay.point && end < mantissa_end) lay.grouping = true;
    } else if (after_digit && k < mantissa_end) {
      // After the last placeholder each comma divides by 1,000 ("0.0,," shows millions).
      lay.scale_commas += static_cast<int>(end - k);
    } else {
      for (size_t j = k; j < end; ++j) lay.literal_comma[j] = true;
    }
    k = end;
  }
}

Layout analyse(const std::vector<Token>& t) {
  Layout lay;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind == Kind::exponent && lay.exponent == std::string::npos) lay.exponent = k;
  }
  for (size_t k = 0; k < std::min(lay.exponent, t.size()); ++k) {
    if (t[k].kind == Kind::point) {
      lay.point = k;
      break;
    }
  }
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind == Kind::percent) ++lay.percents;
    if (t[k].kind != Kind::digit) continue;
    if (k > lay.exponent) {
      ++lay.exp_places;
    } else if (k > lay.point) {
      ++lay.frac_places;
    } else {
      ++lay.int_places;
    }
  }
  classify_commas(t, lay);
  lay.percents = std::min(lay.percents, kMaxShifts);
  lay.scale_commas = std::min(lay.scale_commas, kMaxShifts);
  return lay;
}

// Writes integer digits into placeholders; knows the digit's position from the right for ','.
class IntegerWriter {
 public:
  IntegerWriter(std::string& out, std::string digits, int places, bool grouping)
      : out_(out), digits_(std::move(digits)), places_(places), grouping_(grouping) {}

  // Emits the digit for the next integer placeholder `ph`; the first one also takes any excess.
  void placeholder(char ph) {
    const long len = static_cast<long>(digits_.size());
    if (seen_ == 0) {
      for (long j = 0; j < len - places_; ++j) emit(digits_[static_cast<size_t>(j)], len - 1 - j);
    }
    const long pos = places_ - 1 - seen_;
    ++seen_;
    if (pos < len) {
      emit(digits_[static_cast<size_t>(len - 1 - pos)], pos);
    } else if (ph == '0') {
      emit('0', pos);
    } else if (ph == '?') {
      out_ += ' ';
    }
  }

  // With no integer placeholders ("#.00" has one; ".00" has none) the digits go before the point.
  void flush_if_unplaced() {
    if (places_ != 0 || flushed_) return;
    flushed_ = true;
    const long len = static_cast<long>(digits_.size());
    for (long j = 0; j < len; ++j) emit(digits_[static_cast<size_t>(j)], len - 1 - j);
  }

 private:
  void emit(char c, long pos) {
    out_ += c;
    if (grouping_ && pos > 0 && pos % 3 == 0) out_ += ',';
  }

  std::string& out_;
  std::string digits_;
  long places_;
  bool grouping_;
  long seen_ = 0;
  bool flushed_ = false;
};

// Fraction digits: '#' drops and '?' blanks insignificant trailing zeros.
char fraction_char(const std::string& frac, size_t i, char ph) {
  const char c = i < frac.size() ? frac[i] : '0';
  if (ph == '0') return c;
  const bool trailing_zero = frac.find_first_not_of('0', i) == std::string::npos;
  if (!trailing_zero) return c;
  return ph == '?' ? ' ' : '\0';
}

std::string exponent_text(const Token& tok, int exp, int places) {
  std::string out = tok.text.substr(0, 1);
  if (exp < 0) {
    out += '-';
  } else if (tok.ch == '+') {
    out += '+';
  }
  std::string digits = std::to_string(std::abs(exp));
  if (static_cast<int>(digits.size()) < places) digits.insert(0, places - digits.size(), '0');
  return out + digits;
}

// Scientific mantissa: one integer digit, or for "##0.0E+0" an exponent that is a multiple of
// the number of integer placeholders (engineering notation).
int choose_exponent(const Decimal& d, const std::vector<Token>& t, const Layout& lay, int* lead) {
  const int e = d.exp10 - 1;
  const auto first =
      std::find_if(t.begin(), t.end(), [](const Token& x) { return x.kind == Kind::digit; });
  const bool engineering = lay.int_places > 1 && first != t.end() && first->ch == '#';
  if (engineering) {
    const int period = lay.int_places;
    const int q = e >= 0 ? e / period : -((-e + period - 1) / period);
    *lead = e - q * period + 1;
    return q * period;
  }
  *lead = std::max(lay.int_places, 1);
  return e - (*lead - 1);
}

struct Mantissa {
  std::string int_digits;
  std::string frac_digits;
  int exponent = 0;
};

Mantissa make_mantissa(double magnitude, const std::vector<Token>& t, const Layout& lay) {
  Decimal d = to_decimal15(magnitude);
  shift(d, 2 * lay.percents - 3 * lay.scale_commas);
  const int decimals = std::min(lay.frac_places, kMaxDecimals);
  Mantissa m;
  if (lay.exponent == std::string::npos) {
    round_decimals(d, decimals);
  } else if (!d.zero()) {
    int lead = 1;
    choose_exponent(d, t, lay, &lead);
    round_at(d, static_cast<long>(lead) + decimals);  // may carry into a new leading digit
    m.exponent = choose_exponent(d, t, lay, &lead);
    shift(d, -m.exponent);
  }
  m.int_digits = integer_digits(d);
  m.frac_digits = fraction_digits(d, decimals);
  return m;
}

std::string format_fixed(double magnitude, const Section& sec) {
  const std::vector<Token>& t = sec.tokens;
  const Layout lay = analyse(t);
  const Mantissa m = make_mantissa(magnitude, t, lay);
  std::string out;
  IntegerWriter ints(out, m.int_digits, lay.int_places, lay.grouping);
  size_t frac_seen = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    const Token& tok = t[k];
    switch (tok.kind) {
      case Kind::digit:
        if (k > lay.exponent) break;  // written with the exponent
        if (k < lay.point) {
          ints.placeholder(tok.ch);
        } else if (const char c = fraction_char(m.frac_digits, frac_seen++, tok.ch); c != '\0') {
          out += c;
        }
        break;
      case Kind::point:
        if (k == lay.point) ints.flush_if_unplaced();
        out += '.';
        break;
      case Kind::comma:
        if (lay.literal_comma[k]) out += ',';
        break;
      case Kind::exponent:
        if (k == lay.exponent) {
          ints.flush_if_unplaced();
          out += exponent_text(tok, m.exponent, lay.exp_places);
        } else {
          out += tok.text;
        }
        break;
      case Kind::at:
      case Kind::general:
        out += general_magnitude(magnitude);
        break;
      case Kind::literal:
      case Kind::percent:
      case Kind::slash:
        out += tok.text;
        break;
      default:
        break;
    }
  }
  return out;  // a section without placeholders ('"none"') shows no digits at all
}

// ----- fractions ("# ?/?") ------------------------------------------------------------------

struct FractionLayout {
  size_t slash = 0;
  size_t num_begin = 0;  // numerator placeholders [num_begin, slash)
  size_t den_end = 0;    // denominator tokens (slash, den_end)
  bool has_whole = false;
  long fixed_den = 0;  // "?/16" has a fixed denominator
  int den_places = 0;
};

std::optional<FractionLayout> find_fraction(const std::vector<Token>& t) {
  for (size_t s = 1; s < t.size(); ++s) {
    if (t[s].kind != Kind::slash || !is_digit_token(t, s - 1)) continue;
    FractionLayout f;
    f.slash = s;
    f.num_begin = s - 1;
    while (f.num_begin > 0 && is_digit_token(t, f.num_begin - 1)) --f.num_begin;
    for (size_t k = 0; k < f.num_begin; ++k) f.has_whole = f.has_whole || t[k].kind == Kind::digit;
    size_t k = s + 1;
    if (is_digit_token(t, k)) {
      while (is_digit_token(t, k)) ++k;
      f.den_places = static_cast<int>(k - s - 1);
    } else if (k < t.size() && t[k].kind == Kind::literal && t[k].text[0] >= '1' &&
               t[k].text[0] <= '9') {
      const std::string& lit = t[k].text;
      const size_t n = std::min<size_t>(lit.find_first_not_of("0123456789"), 9);
      f.fixed_den = std::strtol(lit.substr(0, n).c_str(), nullptr, 10);
      f.den_places = static_cast<int>(n);
      ++k;
    } else {
      continue;
    }
    f.den_end = k;
    return f;
  }
  return std::nullopt;
}

// Closest p/q to x in [0,1) with q <= max_den (continued fractions with a final semiconvergent).
std::pair<long long, long long> best_fraction(double x, long long max_den) {
  long long p0 = 0, q0 = 1, p1 = 1, q1 = 0;
  double r = x;
  for (int iter = 0; iter < 64; ++iter) {
    const double af = std::floor(r);
    // The next convergent's denominator would pass max_den: try the best semiconvergent.
    if (q1 > 0 && af > static_cast<double>(max_den - q0) / static_cast<double>(q1)) {
      const long long k = (max_den - q0) / q1;
      const long long ps = k * p1 + p0, qs = k * q1 + q0;
      if (std::fabs(x - static_cast<double>(ps) / qs) <
          std::fabs(x - static_cast<double>(p1) / q1)) {
        return {ps, qs};
      }
      break;
    }
    const auto a = static_cast<long long>(af);  // x < 1e9 and q <= max_den keep this in range
    const long long q2 = a * q1 + q0;
    const long long p2 = a * p1 + p0;
    p0 = p1, q0 = q1, p1 = p2, q1 = q2;
    const double rest = r - af;
    if (rest < 1e-12) break;
    r = 1.0 / rest;
  }
  if (q1 == 0) return {0, 1};
  return {p1, q1};
}

std::string pad_left(std::string s, const std::vector<Token>& t, size_t begin, size_t end) {
  std::string pad;
  const size_t places = end - begin;
  for (size_t k = begin; s.size() + pad.size() < places && k < end; ++k) {
    if (t[k].ch == '0') pad += '0';
    if (t[k].ch == '?') pad += ' ';
  }
  return pad + s;
}

std::string format_fraction(double magnitude, const Section& sec, const FractionLayout& f) {
  const std::vector<Token>& t = sec.tokens;
  double whole = f.has_whole ? std::floor(magnitude) : 0;
  const double frac = magnitude - whole;
  std::string num_str, den_str;
  long long num = 0, den = 1;
  if (!f.has_whole && magnitude >= 1e9) {
    num_str = integer_digits(to_decimal15(magnitude));  // too large to approximate usefully
  } else {
    if (f.fixed_den > 0) {
      den = f.fixed_den;
      num = static_cast<long long>(std::floor(frac * static_cast<double>(den) + 0.5));
    } else {
      long long max_den = 1;
      for (int i = 0; i < std::min(f.den_places, 7); ++i) max_den *= 10;
      std::tie(num, den) = best_fraction(frac, std::max(max_den - 1, 1LL));
    }
    if (f.has_whole && num >= den) {
      whole += 1;
      num = 0;
    }
    num_str = std::to_string(num);
  }
  den_str = std::to_string(den);
  const bool blank_fraction = f.has_whole && num == 0 && num_str == "0";
  std::string out;
  bool whole_written = false;
  for (size_t k = 0; k < t.size(); ++k) {
    const Token& tok = t[k];
    if (k < f.num_begin && tok.kind == Kind::digit) {
      if (whole_written) continue;
      whole_written = true;
      size_t end = k;
      while (is_digit_token(t, end)) ++end;
      std::string w = whole > 0 ? integer_digits(to_decimal15(whole)) : "";
      if (w.empty() && (blank_fraction || magnitude == 0)) w = "0";
      out += pad_left(w, t, k, end);
    } else if (k == f.num_begin) {
      std::string n = pad_left(num_str, t, f.num_begin, f.slash);
      out += blank_fraction ? std::string(n.size(), ' ') : n;
    } else if (k > f.num_begin && k < f.slash) {
      continue;
    } else if (k == f.slash) {
      out += blank_fraction ? " " : "/";
      std::string d = den_str;
      if (f.fixed_den == 0 && static_cast<int>(d.size()) < f.den_places) {
        d.append(static_cast<size_t>(f.den_places) - d.size(), ' ');  // '?' pads on the right
      }
      out += blank_fraction ? std::string(d.size(), ' ') : d;
      k = f.den_end - 1;
    } else if (tok.kind == Kind::literal || tok.kind == Kind::percent) {
      out += tok.text;
    } else if (tok.kind == Kind::digit && k >= f.den_end) {
      continue;
    } else if (tok.kind != Kind::digit) {
      out += tok.kind == Kind::comma ? "" : tok.text;
    }
  }
  return out;
}

}  // namespace

std::string format_numeric(double magnitude, const Section& sec) {
  if (const auto f = find_fraction(sec.tokens)) return format_fraction(magnitude, sec, *f);
  return format_fixed(magnitude, sec);
}

}  // namespace evalbook::xlsx::numfmt
