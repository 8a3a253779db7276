namespace GovBudget.Classification;

/// <summary>The two parallel systems of 支出经济分类科目.</summary>
public enum EconomicSystem
{
    /// <summary>部门预算支出经济分类 (301 工资福利支出 …), used in departments' 基本支出 tables.</summary>
    Department = 3,

    /// <summary>政府预算支出经济分类 (501 机关工资福利支出 …), used by finance departments.</summary>
    Government = 5,
}
