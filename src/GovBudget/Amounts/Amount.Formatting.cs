using System.Globalization;
using System.Text;

namespace GovBudget.Amounts;

public readonly partial struct Amount : ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>
    /// The culture-invariant form in 元 with as few decimals as the value needs (<c>10027600</c>, <c>-0.5</c>).
    /// <see cref="Parse(string, IFormatProvider?)"/> reads it back exactly.
    /// </summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the amount. Format strings: <c>G</c> or empty — the invariant form of <see cref="ToString()"/>;
    /// <c>Y</c>, <c>W</c>, <c>E</c> followed by a number of decimals — the value in 元, 万元 or 亿元 rounded half
    /// away from zero (<c>W2</c> gives <c>1002.76</c>); a leading <c>N</c> adds thousands separators
    /// (<c>NW2</c> gives <c>1,002.76</c>). The provider supplies the separators; <see langword="null"/> means invariant.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the forms above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[64];
        return TryFormat(buffer, out var written, format, formatProvider)
            ? buffer[..written].ToString()
            : throw new FormatException($"Cannot format amount with format '{format}'.");
    }

    /// <summary>Formats the amount in <paramref name="precision"/>'s unit and decimals, invariant, without separators.</summary>
    public string ToString(Precision precision) =>
        ToString(precision.FormatString, CultureInfo.InvariantCulture);

    /// <summary>
    /// The same text as <see cref="ToString(Precision)"/> for an amount that is a multiple of
    /// <paramref name="precision"/> (<c>1002.76</c>, <c>-3.50</c>), formatted with integer arithmetic: the JSON writer
    /// calls it for every cell.
    /// </summary>
    internal string ToPlainString(Precision precision)
    {
        var scale = precision.Unit.Exponent() + YuanScale;
        var decimals = precision.Decimals;
        if (decimals > scale || !IsMultipleOf(precision) || _ticks == long.MinValue)
        {
            return ToString(precision);
        }

        var scaled = _ticks / Pow10(scale - decimals);
        var magnitude = (ulong)Math.Abs(scaled);
        Span<char> digits = stackalloc char[24];
        var length = 0;
        do
        {
            digits[length++] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude > 0 || length <= decimals);

        Span<char> text = stackalloc char[32];
        var at = 0;
        if (scaled < 0)
        {
            text[at++] = '-';
        }

        for (var i = length - 1; i >= 0; i--)
        {
            text[at++] = digits[i];
            if (i == decimals && decimals > 0)
            {
                text[at++] = '.';
            }
        }

        return new string(text[..at]);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!TryParseFormat(format, out var unit, out var decimals, out var grouped))
        {
            throw new FormatException($"Unknown amount format '{format.ToString()}'.");
        }

        var ticks = _ticks;
        var scale = unit.Exponent() + YuanScale;
        if (decimals < 0)
        {
            // Shortest exact form.
            decimals = scale;
            while (decimals > 0 && ticks % Pow10(scale - decimals + 1) == 0)
            {
                decimals--;
            }
        }

        // Rounded in decimal (四舍五入), which holds every amount exactly, so that amounts near MaxValue format too.
        var number = (decimal)ticks / Pow10(scale);
        if (decimals < scale)
        {
            number = decimal.Round(number, decimals, MidpointRounding.AwayFromZero);
        }

        var nfi = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        Span<char> numberFormat = stackalloc char[4];
        numberFormat[0] = grouped ? 'N' : 'F';
        if (!decimals.TryFormat(numberFormat[1..], out var formatLength, default, CultureInfo.InvariantCulture))
        {
            charsWritten = 0;
            return false;
        }

        return number.TryFormat(destination, out charsWritten, numberFormat[..(1 + formatLength)], nfi);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Span<char> chars = stackalloc char[64];
        if (!TryFormat(chars, out var charCount, format, provider))
        {
            bytesWritten = 0;
            return false;
        }

        return Encoding.UTF8.TryGetBytes(chars[..charCount], utf8Destination, out bytesWritten);
    }

    private static bool TryParseFormat(ReadOnlySpan<char> format, out AmountUnit unit, out int decimals, out bool grouped)
    {
        unit = AmountUnit.Yuan;
        decimals = -1;
        grouped = false;
        if (format.IsEmpty || format.SequenceEqual("G"))
        {
            return true;
        }

        if (format[0] == 'N')
        {
            grouped = true;
            format = format[1..];
            if (format.IsEmpty)
            {
                decimals = 2;
                return true;
            }
        }

        switch (format[0])
        {
            case 'Y':
                unit = AmountUnit.Yuan;
                break;
            case 'W':
                unit = AmountUnit.WanYuan;
                break;
            case 'E':
                unit = AmountUnit.YiYuan;
                break;
            default:
                return false;
        }

        format = format[1..];
        if (format.IsEmpty)
        {
            return true;
        }

        return int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out decimals)
            && decimals <= unit.Exponent() + YuanScale;
    }
}
