using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GovBudget.Amounts;

public readonly partial struct Amount : ISpanParsable<Amount>
{
    /// <summary>
    /// Parses the invariant form written by <see cref="ToString()"/>: an optional minus sign, digits and an optional
    /// fraction, in 元 (<c>-1234.5</c>). <paramref name="provider"/> is ignored: the form is culture-invariant.
    /// </summary>
    /// <exception cref="FormatException">The text is not an invariant amount.</exception>
    public static Amount Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static Amount Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => TryParseCore(s, AmountUnit.Yuan, lenient: false, out var result, out var error)
            ? result
            : throw new FormatException(error);

    /// <summary>Tries to parse the invariant form written by <see cref="ToString()"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Amount result)
        => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse the invariant form written by <see cref="ToString()"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Amount result)
        => TryParseCore(s, AmountUnit.Yuan, lenient: false, out result, out _);

    /// <summary>
    /// Parses a number as printed in a disclosure, expressed in <paramref name="unit"/>: thousands separators
    /// (<c>1,002.76</c>), full-width digits and signs, and spaces that PDF extraction put inside a number
    /// (<c>34.8 1</c>) are accepted. Empty cells, <c>-</c> and <c>/</c> are not amounts: see
    /// <see cref="ReportedValue.TryParseCell"/> for cell text.
    /// </summary>
    /// <exception cref="FormatException">The text is not a number, or it is finer than 0.0001 元.</exception>
    public static Amount ParsePrinted(ReadOnlySpan<char> text, AmountUnit unit)
        => TryParseCore(text, unit, lenient: true, out var result, out var error)
            ? result
            : throw new FormatException(error);

    /// <summary>Tries to parse a printed number (see <see cref="ParsePrinted"/>).</summary>
    public static bool TryParsePrinted(ReadOnlySpan<char> text, AmountUnit unit, out Amount result)
        => TryParseCore(text, unit, lenient: true, out result, out _);

    /// <summary>
    /// Parses a printed number and also reports how many decimals were printed (so <c>0.10</c> gives 2).
    /// </summary>
    internal static bool TryParseCore(
        ReadOnlySpan<char> text,
        AmountUnit unit,
        bool lenient,
        out Amount result,
        [NotNullWhen(false)] out string? error)
        => TryParseCore(text, unit, lenient, out result, out _, out error);

    internal static bool TryParseCore(
        ReadOnlySpan<char> text,
        AmountUnit unit,
        bool lenient,
        out Amount result,
        out int decimals,
        [NotNullWhen(false)] out string? error)
    {
        result = default;
        decimals = 0;
        if (lenient)
        {
            text = text.Trim();
        }

        if (text.IsEmpty)
        {
            error = "An amount cannot be empty.";
            return false;
        }

        var i = 0;
        var negative = false;
        if (IsMinus(text[0], lenient) || (lenient && (text[0] == '+' || text[0] == '＋')))
        {
            negative = IsMinus(text[0], lenient);
            i = 1;
        }

        long mantissa = 0;
        var digits = 0;
        var fractionDigits = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            int digit;
            if (c is >= '0' and <= '9')
            {
                digit = c - '0';
            }
            else if (lenient && c is >= '０' and <= '９')
            {
                digit = c - '０';
            }
            else if (c == '.' || (lenient && c == '．'))
            {
                if (fractionDigits >= 0)
                {
                    error = $"'{text.ToString()}' has two decimal points.";
                    return false;
                }

                fractionDigits = 0;
                continue;
            }
            else if (lenient && (c == ',' || c == '，' || char.IsWhiteSpace(c)) && fractionDigits < 0 && digits > 0)
            {
                continue;
            }
            else if (lenient && char.IsWhiteSpace(c) && fractionDigits >= 0)
            {
                continue;
            }
            else
            {
                error = $"'{text.ToString()}' is not a number: unexpected '{c}' at position {i}.";
                return false;
            }

            if (mantissa > (long.MaxValue - digit) / 10)
            {
                error = $"'{text.ToString()}' is outside the representable range.";
                return false;
            }

            mantissa = (mantissa * 10) + digit;
            digits++;
            if (fractionDigits >= 0)
            {
                fractionDigits++;
            }
        }

        if (digits == 0)
        {
            error = $"'{text.ToString()}' has no digits.";
            return false;
        }

        if (fractionDigits == 0)
        {
            error = $"'{text.ToString()}' ends with a decimal point.";
            return false;
        }

        decimals = Math.Max(fractionDigits, 0);
        var shift = unit.Exponent() + YuanScale - decimals;
        long ticks;
        if (shift >= 0)
        {
            var factor = Pow10(shift);
            if (mantissa > long.MaxValue / factor)
            {
                error = $"'{text.ToString()}' {unit.Symbol()} is outside the representable range.";
                return false;
            }

            ticks = mantissa * factor;
        }
        else
        {
            var divisor = Pow10(-shift);
            if (mantissa % divisor != 0)
            {
                error = $"'{text.ToString()}' {unit.Symbol()} is finer than 0.0001 元.";
                return false;
            }

            ticks = mantissa / divisor;
        }

        result = new Amount(negative ? -ticks : ticks);
        error = null;
        return true;
    }

    private static bool IsMinus(char c, bool lenient) => c == '-' || (lenient && (c == '−' || c == '－'));
}
