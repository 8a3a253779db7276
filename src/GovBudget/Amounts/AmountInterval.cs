using System.Globalization;

namespace GovBudget.Amounts;

/// <summary>
/// A closed interval [<see cref="Lower"/>, <see cref="Upper"/>] of exact amounts: the values a rounded, printed
/// figure may stand for. Sums of intervals are intervals; two intervals that overlap can stand for the same value.
/// </summary>
/// <remarks>The default value is the single point zero.</remarks>
public readonly struct AmountInterval : IEquatable<AmountInterval>
{
    /// <summary>Creates an interval.</summary>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is less than <paramref name="lower"/>.</exception>
    public AmountInterval(Amount lower, Amount upper)
    {
        if (upper < lower)
        {
            throw new ArgumentException("The upper bound must not be less than the lower bound.", nameof(upper));
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>The smallest value in the interval.</summary>
    public Amount Lower { get; }

    /// <summary>The largest value in the interval.</summary>
    public Amount Upper { get; }

    /// <summary>The width (<see cref="Upper"/> − <see cref="Lower"/>).</summary>
    public Amount Width => Upper - Lower;

    /// <summary>An interval holding exactly one value.</summary>
    public static AmountInterval Point(Amount value) => new(value, value);

    /// <summary>
    /// The interval of exact values that round to <paramref name="printed"/> at <paramref name="precision"/> (closed, so
    /// conservative), clipped to the range of <see cref="Amount"/>: near <see cref="Amount.MaxValue"/> or
    /// <see cref="Amount.MinValue"/> the bound beyond the range is the range's end (no exception).
    /// </summary>
    public static AmountInterval AroundRounded(Amount printed, Precision precision)
    {
        var half = precision.HalfStep.Ticks;
        var ticks = printed.Ticks;
        var lower = ticks < long.MinValue + half ? long.MinValue : ticks - half;
        var upper = ticks > long.MaxValue - half ? long.MaxValue : ticks + half;
        return new AmountInterval(Amount.FromTicks(lower), Amount.FromTicks(upper));
    }

    /// <summary><see langword="true"/> when <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(Amount value) => Lower <= value && value <= Upper;

    /// <summary><see langword="true"/> when the two intervals share at least one value.</summary>
    public bool Intersects(AmountInterval other) => Lower <= other.Upper && other.Lower <= Upper;

    /// <summary>
    /// The smallest distance between a value of this interval and a value of <paramref name="other"/>: zero when they
    /// intersect. This is how far apart two printed figures are beyond what rounding explains.
    /// </summary>
    public Amount DistanceTo(AmountInterval other)
    {
        if (Upper < other.Lower)
        {
            return other.Lower - Upper;
        }

        return other.Upper < Lower ? Lower - other.Upper : Amount.Zero;
    }

    /// <summary>The interval sum: every value that is a sum of one value from each.</summary>
    public static AmountInterval operator +(AmountInterval left, AmountInterval right) => new(left.Lower + right.Lower, left.Upper + right.Upper);

    /// <summary>The interval difference: every value that is a difference of one value from each.</summary>
    public static AmountInterval operator -(AmountInterval left, AmountInterval right) => new(left.Lower - right.Upper, left.Upper - right.Lower);

    /// <summary>The interval of negated values.</summary>
    public static AmountInterval operator -(AmountInterval value) => new(-value.Upper, -value.Lower);

    /// <summary>Named alternative to <c>+</c>.</summary>
    public static AmountInterval Add(AmountInterval left, AmountInterval right) => left + right;

    /// <summary>Named alternative to <c>-</c>.</summary>
    public static AmountInterval Subtract(AmountInterval left, AmountInterval right) => left - right;

    /// <summary>Named alternative to unary <c>-</c>.</summary>
    public static AmountInterval Negate(AmountInterval value) => -value;

    /// <inheritdoc />
    public bool Equals(AmountInterval other) => Lower == other.Lower && Upper == other.Upper;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AmountInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>Equality.</summary>
    public static bool operator ==(AmountInterval left, AmountInterval right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(AmountInterval left, AmountInterval right) => !left.Equals(right);

    /// <summary>The invariant form <c>[lower, upper]</c> in 元.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Lower}, {Upper}]");
}
