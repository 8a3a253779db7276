namespace GovBudget.Disclosures;

/// <summary>The kind of a budget unit, which decides rules such as 机关运行经费 (行政 and 参公 units only).</summary>
public enum UnitKind
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>行政单位.</summary>
    Administrative,

    /// <summary>参照公务员法管理事业单位 (参公).</summary>
    CivilServiceManaged,

    /// <summary>事业单位.</summary>
    PublicInstitution,

    /// <summary>Other (企业, 社团 …).</summary>
    Other,
}
