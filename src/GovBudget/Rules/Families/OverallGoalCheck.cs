namespace GovBudget.Rules.Families;

/// <summary>What an <see cref="OverallGoalRule"/> checks in 表11 整体支出绩效目标表.</summary>
public enum OverallGoalCheck
{
    /// <summary>Each block's 合计 line equals the sum of its other lines (this year and the two earlier years).</summary>
    Sum = 0,

    /// <summary>Each line's 占比 equals its amount ÷ the block's 合计.</summary>
    Share = 1,

    /// <summary>收入构成 合计 equals 支出构成 合计 (this year and each earlier year).</summary>
    Balance = 2,

    /// <summary>人员类/运转类/特定目标类 (older: 基本/项目) are at least 表5-1's 人员经费/公用经费/项目支出 (基本支出/项目支出).</summary>
    Tables = 3,
}
