namespace GovBudget.Narrative;

/// <summary>Which tables a section of the text talks about, from its headings.</summary>
internal enum SourceScope
{
    None = 0,

    /// <summary>All funds (部门收支, 部门支出): 表1/表3, 公开01/公开03.</summary>
    All = 1,

    /// <summary>财政拨款: 表4, 公开04.</summary>
    Appropriation = 2,

    /// <summary>一般公共预算: 表5-1, 公开05.</summary>
    General = 3,

    /// <summary>一般公共预算基本支出: 表6, 公开06.</summary>
    Basic = 4,

    /// <summary>“三公”经费: 表7, 公开09.</summary>
    ThreePublic = 5,
}
