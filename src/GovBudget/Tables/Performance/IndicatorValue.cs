using System.Globalization;

namespace GovBudget.Tables.Performance;

/// <summary>
/// A performance indicator value as printed (<c>≥95%</c>, <c>=80 家</c>, <c>≧5 期</c>, <c>&gt;95%</c>, <c>100%</c>,
/// <c>优秀</c>, <c>按时支付</c>) and, where it has the form comparator + number + unit, that parsed meaning.
/// </summary>
/// <param name="Text">The printed text (trimmed).</param>
/// <param name="Comparator">The comparison; <see cref="Comparator.None"/> for qualitative values.</param>
/// <param name="Number">The number, for quantitative values.</param>
/// <param name="Unit">The unit after the number (<c>%</c>, <c>家</c>, <c>人次</c>), or <see langword="null"/>.</param>
public sealed record IndicatorValue(string Text, Comparator Comparator, decimal? Number, string? Unit)
{
    /// <summary><see langword="true"/> when the value has a number.</summary>
    public bool IsQuantitative => Number is not null;

    /// <summary>Reads a printed indicator value; text that is not comparator + number + unit is kept as qualitative.</summary>
    public static IndicatorValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var span = trimmed.AsSpan();
        var comparator = Comparator.Equal;
        var explicitComparator = true;
        if (span.StartsWith("≥") || span.StartsWith("≧") || span.StartsWith(">=") || span.StartsWith("＞＝"))
        {
            comparator = Comparator.GreaterOrEqual;
            span = span[(span.StartsWith(">=") || span.StartsWith("＞＝") ? 2 : 1)..];
        }
        else if (span.StartsWith("≤") || span.StartsWith("≦") || span.StartsWith("<="))
        {
            comparator = Comparator.LessOrEqual;
            span = span[(span.StartsWith("<=") ? 2 : 1)..];
        }
        else if (span.StartsWith(">") || span.StartsWith("＞"))
        {
            comparator = Comparator.Greater;
            span = span[1..];
        }
        else if (span.StartsWith("<") || span.StartsWith("＜"))
        {
            comparator = Comparator.Less;
            span = span[1..];
        }
        else if (span.StartsWith("=") || span.StartsWith("＝"))
        {
            span = span[1..];
        }
        else
        {
            explicitComparator = false;
        }

        span = span.TrimStart();
        var end = 0;
        while (end < span.Length && (char.IsAsciiDigit(span[end]) || span[end] == '.' || (end == 0 && span[end] == '-')))
        {
            end++;
        }

        if (end == 0 || !decimal.TryParse(span[..end], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return new IndicatorValue(trimmed, Comparator.None, null, null);
        }

        var unit = span[end..].Trim().ToString();
        if (!explicitComparator && unit.Length > 0 && unit != "%" && unit != "％" && unit.Any(char.IsAsciiDigit))
        {
            return new IndicatorValue(trimmed, Comparator.None, null, null);
        }

        return new IndicatorValue(trimmed, comparator, number, unit.Length == 0 ? null : unit.Replace('％', '%'));
    }

    /// <summary>The printed text.</summary>
    public override string ToString() => Text;
}
