using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GovBudget.Amounts;

/// <summary>
/// A percentage as printed (<c>35.14%</c>, <c>56.2 %</c>, <c>100%</c>): the exact printed number and how many decimals
/// were printed, so that the interval of exact ratios it stands for is known.
/// </summary>
/// <remarks>The default value is <c>0%</c>. The invariant text form is the number followed by <c>%</c>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.PercentageJsonConverter))]
public readonly struct Percentage : IEquatable<Percentage>, ISpanParsable<Percentage>
{
    /// <summary>Creates a percentage of <paramref name="percent"/> printed with <paramref name="decimals"/> decimals.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The decimals are outside 0–10.</exception>
    /// <exception cref="ArgumentException"><paramref name="percent"/> has more decimals than <paramref name="decimals"/>.</exception>
    public Percentage(decimal percent, int decimals)
    {
        Internal.Preconditions.CheckRange(decimals, 0, 10);
        if (decimal.Round(percent, decimals) != percent)
        {
            throw new ArgumentException($"{percent.ToString(CultureInfo.InvariantCulture)} has more than {decimals} decimals.", nameof(percent));
        }

        Percent = percent;
        Decimals = decimals;
    }

    /// <summary>The printed number of percent (35.14 for 35.14%).</summary>
    public decimal Percent { get; }

    /// <summary>The number of decimals printed.</summary>
    public int Decimals { get; }

    /// <summary>The ratio as a fraction (0.3514 for 35.14%).</summary>
    public decimal Ratio => Percent / 100m;

    /// <summary>Half of the last printed digit, in percent: the largest rounding error of the printed figure.</summary>
    public decimal HalfStep => 0.5m / Pow10(Decimals);

    /// <summary>The lowest exact percentage that rounds to this one.</summary>
    public decimal Lower => Percent - HalfStep;

    /// <summary>The highest exact percentage that rounds to this one.</summary>
    public decimal Upper => Percent + HalfStep;

    /// <summary>Rounds an exact ratio <paramref name="numerator"/> ÷ <paramref name="denominator"/> to a percentage with <paramref name="decimals"/> decimals (四舍五入).</summary>
    /// <remarks>
    /// A ratio has no value for a zero <paramref name="denominator"/>: the result is then <c>0%</c> (with
    /// <paramref name="decimals"/> decimals), as tables print a blank or 0 rate for a 0 base; use
    /// <see cref="TryFromRatio"/> to tell. The result is always a percentage (never an exception for large ratios: the
    /// largest ratio of two amounts, about 9.2 × 10²⁰ %, fits in a <see cref="decimal"/>).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The decimals are outside 0–10.</exception>
    public static Percentage FromRatio(Amount numerator, Amount denominator, int decimals)
        => TryFromRatio(numerator, denominator, decimals, out var result) ? result : new Percentage(0m, decimals);

    /// <summary>
    /// Rounds <paramref name="numerator"/> ÷ <paramref name="denominator"/> to a percentage with <paramref name="decimals"/>
    /// decimals (四舍五入); <see langword="false"/> for a zero denominator.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The decimals are outside 0–10.</exception>
    public static bool TryFromRatio(Amount numerator, Amount denominator, int decimals, out Percentage result)
    {
        Internal.Preconditions.CheckRange(decimals, 0, 10);
        if (denominator.IsZero)
        {
            result = default;
            return false;
        }

        // |ticks| < 2^63 and |ticks × 100| < 2^70 fit decimal's 96-bit mantissa, so neither step can overflow.
        var percent = (decimal)numerator.Ticks * 100m / denominator.Ticks;
        result = new Percentage(decimal.Round(percent, decimals, MidpointRounding.AwayFromZero), decimals);
        return true;
    }

    /// <summary><see langword="true"/> when the exact percentage <paramref name="percent"/> rounds to this printed one (closed interval).</summary>
    public bool Admits(decimal percent) => Lower <= percent && percent <= Upper;

    /// <summary>The invariant form, e.g. <c>35.14%</c>.</summary>
    public override string ToString() => Percent.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    /// <summary>Parses a printed percentage: <c>35.14%</c>, <c>56.2 %</c>, <c>100％</c>; the number of decimals printed is kept.</summary>
    /// <exception cref="FormatException">The text is not a percentage.</exception>
    public static Percentage Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static Percentage Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => TryParse(s, provider, out var result) ? result : throw new FormatException($"'{s.ToString()}' is not a percentage such as 35.14%.");

    /// <summary>Tries to parse a printed percentage.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Percentage result)
        => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse a printed percentage.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Percentage result)
    {
        result = default;
        s = s.Trim();
        if (s.IsEmpty || (s[^1] != '%' && s[^1] != '％'))
        {
            return false;
        }

        var number = s[..^1].Trim();
        var point = number.IndexOf('.');
        var decimals = point < 0 ? 0 : number.Length - point - 1;
        if (decimals > 10 || !decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
        {
            return false;
        }

        result = new Percentage(percent, decimals);
        return true;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <inheritdoc />
    public bool Equals(Percentage other) => Percent == other.Percent && Decimals == other.Decimals;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Percent, Decimals);

    /// <summary>Equality of printed number and decimals.</summary>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);
}
