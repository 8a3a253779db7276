namespace GovBudget.Classification;

/// <summary>The level of a classification subject in its tree.</summary>
public enum SubjectLevel
{
    /// <summary>类: 3 digits.</summary>
    Class = 1,

    /// <summary>款: 5 digits.</summary>
    Section = 2,

    /// <summary>项: 7 digits (functional classification only).</summary>
    Item = 3,
}
