using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GovBudget.Internal;

namespace GovBudget.Amounts;

/// <summary>
/// The precision figures are published at: a unit and a number of decimals, e.g. 0.01 万元 (<see cref="WanYuan2"/>).
/// </summary>
/// <remarks>The default value is whole 元 (<c>Yuan, 0 decimals</c>). The invariant text form is <c>0.01万元</c>.</remarks>
public readonly struct Precision : IEquatable<Precision>, ISpanParsable<Precision>
{
    private Precision(AmountUnit unit, int decimals, bool unchecked_)
    {
        _ = unchecked_;
        Unit = unit;
        Decimals = decimals;
    }

    /// <summary>Creates a precision of <paramref name="decimals"/> decimals of <paramref name="unit"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The decimals are negative or finer than 0.0001 元.</exception>
    public Precision(AmountUnit unit, int decimals)
        : this(unit, Preconditions.CheckRange(decimals, 0, unit.Exponent() + Amount.YuanScale), true)
    {
    }

    /// <summary>0.01 万元, the precision of almost every disclosure table.</summary>
    public static Precision WanYuan2 => new(AmountUnit.WanYuan, 2, true);

    /// <summary>0.01 元 (分).</summary>
    public static Precision Yuan2 => new(AmountUnit.Yuan, 2, true);

    /// <summary>Whole 元.</summary>
    public static Precision Yuan0 => default;

    /// <summary>The unit figures are printed in.</summary>
    public AmountUnit Unit { get; }

    /// <summary>The number of decimals printed.</summary>
    public int Decimals { get; }

    /// <summary>The distance between two adjacent printable values (0.01 万元 = 100 元).</summary>
    public Amount Step => Amount.FromTicks(StepTicks);

    /// <summary>Half a <see cref="Step"/>: the largest rounding error of one printed figure.</summary>
    public Amount HalfStep => Amount.FromTicks(StepTicks / 2);

    internal long StepTicks => Amount.Pow10(Unit.Exponent() + Amount.YuanScale - Decimals);

    internal string FormatString => Unit switch
    {
        AmountUnit.WanYuan => "W",
        AmountUnit.YiYuan => "E",
        _ => "Y",
    } + Decimals.ToString(CultureInfo.InvariantCulture);

    /// <summary>The invariant text form, e.g. <c>0.01万元</c> or <c>1元</c>.</summary>
    public override string ToString()
    {
        var step = Decimals == 0 ? "1" : "0." + new string('0', Decimals - 1) + "1";
        return step + Unit.Symbol();
    }

    /// <summary>Parses the form written by <see cref="ToString"/> (<c>0.01万元</c>).</summary>
    /// <exception cref="FormatException">The text is not a precision.</exception>
    public static Precision Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static Precision Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => TryParse(s, provider, out var result) ? result : throw new FormatException($"'{s.ToString()}' is not a precision such as 0.01万元.");

    /// <summary>Tries to parse the form written by <see cref="ToString"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Precision result)
        => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse the form written by <see cref="ToString"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Precision result)
    {
        result = default;
        var unitStart = 0;
        while (unitStart < s.Length && (char.IsAsciiDigit(s[unitStart]) || s[unitStart] == '.'))
        {
            unitStart++;
        }

        var number = s[..unitStart];
        if (!AmountUnitExtensions.TryParseSymbol(s[unitStart..], out var unit))
        {
            return false;
        }

        int decimals;
        if (number.SequenceEqual("1"))
        {
            decimals = 0;
        }
        else if (number.StartsWith("0.") && number.Length > 2 && number[^1] == '1' && number[2..^1].IndexOfAnyExcept('0') < 0)
        {
            decimals = number.Length - 2;
        }
        else
        {
            return false;
        }

        if (decimals > unit.Exponent() + Amount.YuanScale)
        {
            return false;
        }

        result = new Precision(unit, decimals, true);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Precision other) => Unit == other.Unit && Decimals == other.Decimals;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Precision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Decimals);

    /// <summary>Equality.</summary>
    public static bool operator ==(Precision left, Precision right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Precision left, Precision right) => !left.Equals(right);
}
