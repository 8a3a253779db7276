namespace GovBudget.Rules.Families;

/// <summary>What a <see cref="StatementRule"/> checks in the narrative statements.</summary>
public enum StatementCheck
{
    /// <summary>占比: the printed share equals value ÷ base at its printed precision.</summary>
    Share = 0,

    /// <summary>增减: the printed difference equals value − base.</summary>
    ChangeAmount = 1,

    /// <summary>增长率: the printed rate equals (value − base) ÷ base (or difference ÷ base).</summary>
    ChangeRate = 2,

    /// <summary>执行率/完成率: the printed rate equals actual ÷ budget.</summary>
    ExecutionRate = 3,

    /// <summary>The value the text states equals the table cell it restates.</summary>
    Source = 4,

    /// <summary>
    /// Text against text: one subject given two values that rounding cannot reconcile within a few lines of one page
    /// (one item or paragraph), such as 257.14 and 245.53 万元 for the same 科目.
    /// </summary>
    Twice = 5,

    /// <summary>
    /// Basis mismatch: a 完成率 that names one budget (<see cref="Disclosures.NarrativeStatement.Basis"/>, 完成年初预算的)
    /// and does not fit it, but equals the actual over the other budget the sentence prints
    /// (<see cref="Disclosures.NarrativeStatement.OtherBase"/>, 全年预算).
    /// </summary>
    Basis = 6,

    /// <summary>
    /// A rate or share whose base is 0 (增长 100% from nothing, 完成年初预算的 95.89% of a 年初预算 of 0): the rate has no
    /// value. The rate checks (<see cref="Share"/>, <see cref="ExecutionRate"/>, <see cref="ChangeRate"/>) leave such
    /// statements to this check, and it leaves those <see cref="Basis"/> explains to that check.
    /// </summary>
    ZeroBase = 7,
}
