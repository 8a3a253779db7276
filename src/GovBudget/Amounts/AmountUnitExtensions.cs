namespace GovBudget.Amounts;

/// <summary>Facts about <see cref="AmountUnit"/> values.</summary>
public static class AmountUnitExtensions
{
    /// <summary>The power of ten of 元 that one of <paramref name="unit"/> is (0 for 元, 4 for 万元, 8 for 亿元).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a defined value.</exception>
    public static int Exponent(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => 0,
        AmountUnit.WanYuan => 4,
        AmountUnit.YiYuan => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown amount unit."),
    };

    /// <summary>The Chinese symbol printed after numbers: 元, 万元 or 亿元.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a defined value.</exception>
    public static string Symbol(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => "元",
        AmountUnit.WanYuan => "万元",
        AmountUnit.YiYuan => "亿元",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown amount unit."),
    };

    /// <summary>Reads a unit symbol (元, 万元, 亿元, or the invariant names yuan, wan, yi).</summary>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a unit.</returns>
    public static bool TryParseSymbol(ReadOnlySpan<char> text, out AmountUnit unit)
    {
        text = text.Trim();
        if (text.SequenceEqual("元") || text.Equals("yuan", StringComparison.OrdinalIgnoreCase))
        {
            unit = AmountUnit.Yuan;
            return true;
        }

        if (text.SequenceEqual("万元") || text.SequenceEqual("万") || text.Equals("wan", StringComparison.OrdinalIgnoreCase))
        {
            unit = AmountUnit.WanYuan;
            return true;
        }

        if (text.SequenceEqual("亿元") || text.SequenceEqual("亿") || text.Equals("yi", StringComparison.OrdinalIgnoreCase))
        {
            unit = AmountUnit.YiYuan;
            return true;
        }

        unit = default;
        return false;
    }
}
