namespace GovBudget.Amounts;

/// <summary>The unit an amount is published in. Every unit is an exact power of ten of 元.</summary>
public enum AmountUnit
{
    /// <summary>元 (yuan), the base unit.</summary>
    Yuan = 0,

    /// <summary>万元 (10,000 元), the unit of almost every disclosure table.</summary>
    WanYuan = 4,

    /// <summary>亿元 (100,000,000 元).</summary>
    YiYuan = 8,
}
