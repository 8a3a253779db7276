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
}
