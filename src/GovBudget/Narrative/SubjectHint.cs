namespace GovBudget.Narrative;

/// <summary>Which classification a list of subjects is in, as the text says (按照支出功能分类科目 / 经济分类科目).</summary>
internal enum SubjectHint
{
    None = 0,
    Functional = 1,
    Economic = 2,
}
