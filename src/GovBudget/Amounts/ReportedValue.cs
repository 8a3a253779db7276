using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GovBudget.Amounts;

/// <summary>
/// A figure as published: an exact printed amount together with the precision it was rounded to. It stands for
/// every exact amount in <see cref="Interval"/>.
/// </summary>
/// <remarks>
/// The invariant text form is the printed number followed by the unit, with as many decimals as the precision:
/// <c>1002.76万元</c>, <c>0.10万元</c>, <c>5000元</c>. The default value is 0 at whole 元.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ReportedValueJsonConverter))]
public readonly struct ReportedValue : IEquatable<ReportedValue>, ISpanParsable<ReportedValue>
{
    /// <summary>Creates a reported value.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is finer than <paramref name="precision"/>.</exception>
    public ReportedValue(Amount value, Precision precision)
    {
        if (!value.IsMultipleOf(precision))
        {
            throw new ArgumentException($"{value} 元 is finer than the precision {precision}.", nameof(value));
        }

        Value = value;
        Precision = precision;
    }

    /// <summary>The printed amount.</summary>
    public Amount Value { get; }

    /// <summary>The precision it was printed at.</summary>
    public Precision Precision { get; }

    /// <summary>The exact amounts that round to <see cref="Value"/> at <see cref="Precision"/>.</summary>
    public AmountInterval Interval => AmountInterval.AroundRounded(Value, Precision);

    /// <summary>Rounds an exact amount to <paramref name="precision"/> (四舍五入) and reports it.</summary>
    public static ReportedValue RoundFrom(Amount exact, Precision precision) => new(exact.Round(precision), precision);

    /// <summary>
    /// Reads the text of a table cell printed at <paramref name="precision"/>. An empty cell, <c>-</c>, <c>—</c>
    /// and <c>/</c> mean "no value": the method then succeeds with <paramref name="value"/> <see langword="null"/>.
    /// </summary>
    /// <param name="text">The printed cell text.</param>
    /// <param name="precision">The precision the table is printed at.</param>
    /// <param name="value">The value, or <see langword="null"/> for an empty cell.</param>
    /// <param name="error">Why the text could not be read: not a number, or finer than <paramref name="precision"/>.</param>
    public static bool TryParseCell(ReadOnlySpan<char> text, Precision precision, out ReportedValue? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        var trimmed = text.Trim();
        if (IsEmptyCell(trimmed))
        {
            error = null;
            return true;
        }

        if (!Amount.TryParseCore(trimmed, precision.Unit, lenient: true, out var amount, out error))
        {
            return false;
        }

        if (!amount.IsMultipleOf(precision))
        {
            error = $"'{trimmed.ToString()}' is finer than the declared precision {precision}.";
            return false;
        }

        value = new ReportedValue(amount, precision);
        return true;
    }

    /// <summary><see langword="true"/> for the texts that mean an empty cell: blank, <c>-</c>, <c>—</c>, <c>/</c>.</summary>
    public static bool IsEmptyCell(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty || text.SequenceEqual("-") || text.SequenceEqual("—") || text.SequenceEqual("－") || text.SequenceEqual("/") || text.SequenceEqual("／");
    }

    /// <summary>The invariant form, e.g. <c>1002.76万元</c>.</summary>
    public override string ToString() => Value.ToPlainString(Precision) + Precision.Unit.Symbol();

    /// <summary>Parses the form written by <see cref="ToString"/>: the number of printed decimals gives the precision.</summary>
    /// <exception cref="FormatException">The text is not a reported value.</exception>
    public static ReportedValue Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static ReportedValue Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => TryParse(s, provider, out var result) ? result : throw new FormatException($"'{s.ToString()}' is not a reported value such as 1002.76万元.");

    /// <summary>Tries to parse the form written by <see cref="ToString"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportedValue result)
        => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse the form written by <see cref="ToString"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportedValue result)
    {
        result = default;
        var end = s.Length;
        while (end > 0 && !char.IsAsciiDigit(s[end - 1]))
        {
            end--;
        }

        if (!AmountUnitExtensions.TryParseSymbol(s[end..], out var unit) || s[end..].Trim().Length != s[end..].Length)
        {
            return false;
        }

        if (!Amount.TryParseCore(s[..end], unit, lenient: false, out var amount, out var decimals, out _)
            || decimals > unit.Exponent() + Amount.YuanScale)
        {
            return false;
        }

        result = new ReportedValue(amount, new Precision(unit, decimals));
        return true;
    }

    /// <inheritdoc />
    public bool Equals(ReportedValue other) => Value == other.Value && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportedValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Precision);

    /// <summary>Equality of value and precision.</summary>
    public static bool operator ==(ReportedValue left, ReportedValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ReportedValue left, ReportedValue right) => !left.Equals(right);
}
