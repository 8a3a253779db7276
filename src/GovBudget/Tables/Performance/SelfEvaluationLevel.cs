namespace GovBudget.Tables.Performance;

/// <summary>Whether a self-evaluation covers the whole department or one project.</summary>
public enum SelfEvaluationLevel
{
    /// <summary>整体绩效评价自评表.</summary>
    Department = 0,

    /// <summary>项目绩效评价自评表.</summary>
    Project = 1,
}
