namespace GovBudget.Tables;

/// <summary>What a row of a table is keyed by.</summary>
public enum RowKeyKind
{
    /// <summary>The 合计 (total) row.</summary>
    Total = 0,

    /// <summary>A printed line number (行次) of a summary table.</summary>
    Line = 1,

    /// <summary>A functional classification subject (类/款/项).</summary>
    Functional = 2,

    /// <summary>An economic classification subject (类/款).</summary>
    Economic = 3,

    /// <summary>A department or unit code (506, 506001).</summary>
    Unit = 4,

    /// <summary>A project (项目编码 where printed, otherwise its name).</summary>
    Project = 5,

    /// <summary>A named line of a fixed layout (本年收入合计, 上年结转结余 …).</summary>
    Item = 6,

    /// <summary>A grouping row, such as a 项目类别 under a unit or a 品目 group.</summary>
    Category = 7,
}
