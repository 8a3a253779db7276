namespace GovBudget.Disclosures;

/// <summary>What arithmetic a narrative statement makes.</summary>
public enum StatementKind
{
    /// <summary>占比: value ÷ base = rate.</summary>
    Share = 0,

    /// <summary>增减 and 增长率: value − base = difference; difference ÷ base = rate.</summary>
    Change = 1,

    /// <summary>执行率 / 完成率: value (actual) ÷ base (budget) = rate.</summary>
    Execution = 2,

    /// <summary>A table figure repeated in the text: value = the source cell.</summary>
    Restatement = 3,
}
