using System.Text.Json.Serialization;

namespace GovBudget.Amounts;

/// <summary>
/// An exact amount of money in 元, stored as a whole number of ten-thousandths of a 元 (0.0001 元, finer than 分).
/// </summary>
/// <remarks>
/// <para>There is no floating point anywhere in this type: construct amounts from <see cref="decimal"/>,
/// from ticks, or by parsing printed text. Arithmetic is checked and throws <see cref="OverflowException"/>
/// rather than wrapping.</para>
/// <para>The default value is zero 元. <see cref="ToString()"/> is culture-invariant and
/// <see cref="Parse(string, IFormatProvider?)"/> reads it back exactly.</para>
/// </remarks>
[JsonConverter(typeof(Serialization.AmountJsonConverter))]
public readonly partial struct Amount
{
    /// <summary>The number of decimal digits of 元 this type resolves (4: 0.0001 元).</summary>
    public const int YuanScale = 4;

    internal const long TicksPerYuan = 10_000;

    private readonly long _ticks;

    private Amount(long ticks) => _ticks = ticks;

    /// <summary>Zero 元.</summary>
    public static Amount Zero => default;

    /// <summary>The largest representable amount (about 9.2 × 10¹⁴ 元).</summary>
    public static Amount MaxValue => new(long.MaxValue);

    /// <summary>The smallest representable amount.</summary>
    public static Amount MinValue => new(long.MinValue);

    /// <summary>The amount as a whole number of 0.0001 元.</summary>
    public long Ticks => _ticks;

    /// <summary>The exact value in 元.</summary>
    public decimal Yuan => ToDecimal(AmountUnit.Yuan);

    /// <summary>-1, 0 or 1 as the amount is negative, zero or positive.</summary>
    public int Sign => Math.Sign(_ticks);

    /// <summary><see langword="true"/> when the amount is zero.</summary>
    public bool IsZero => _ticks == 0;

    /// <summary>Creates an amount from a whole number of 0.0001 元.</summary>
    public static Amount FromTicks(long ticks) => new(ticks);

    /// <summary>Creates an amount from an exact number of 元.</summary>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has digits finer than 0.0001 元.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yuan"/> is outside the representable range.</exception>
    public static Amount FromYuan(decimal yuan) => From(yuan, AmountUnit.Yuan);

    /// <summary>Creates an amount from an exact number of 万元.</summary>
    /// <exception cref="ArgumentException"><paramref name="wanYuan"/> has digits finer than 0.0001 元.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="wanYuan"/> is outside the representable range.</exception>
    public static Amount FromWanYuan(decimal wanYuan) => From(wanYuan, AmountUnit.WanYuan);

    /// <summary>Creates an amount from an exact number of <paramref name="unit"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> has digits finer than 0.0001 元.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the representable range.</exception>
    public static Amount From(decimal value, AmountUnit unit)
    {
        decimal ticks;
        try
        {
            ticks = value * Pow10Decimal(unit.Exponent() + YuanScale);
        }
        catch (OverflowException ex)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The amount is outside the representable range. " + ex.Message);
        }

        if (ticks != decimal.Truncate(ticks))
        {
            throw new ArgumentException($"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {unit.Symbol()} is finer than 0.0001 元.", nameof(value));
        }

        if (ticks > long.MaxValue || ticks < long.MinValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The amount is outside the representable range.");
        }

        return new Amount((long)ticks);
    }

    /// <summary>The exact value expressed in <paramref name="unit"/>.</summary>
    public decimal ToDecimal(AmountUnit unit) => (decimal)_ticks / Pow10Decimal(unit.Exponent() + YuanScale);

    internal static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result = checked(result * 10);
        }

        return result;
    }

    private static decimal Pow10Decimal(int exponent) => Pow10(exponent);
}
