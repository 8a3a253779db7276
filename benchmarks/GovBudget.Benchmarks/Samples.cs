using GovBudget.Disclosures;
using GovBudget.Serialization;

namespace GovBudget.Benchmarks;

/// <summary>Finds the repository's <c>samples/</c> folder from the benchmark's output folder and loads seed documents.</summary>
internal static class Samples
{
    /// <summary>The seed document with the most cells (洪山区医疗保障局 2021 部门预算: 11 tables, 220 rows, 1,269 cells).</summary>
    public const string Largest = "hongshan-2021-budget.json";

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GovBudget.sln")))
                {
                    return Path.Combine(dir.FullName, "samples");
                }
            }

            throw new DirectoryNotFoundException("Run the benchmarks from inside the repository (no GovBudget.sln above " + AppContext.BaseDirectory + ").");
        }
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static Disclosure Load(string name) => DisclosureJson.Deserialize(Bytes(name));

    /// <summary>Reads every cell of every table once (the work any validation must at least do).</summary>
    public static long EnumerateCells(Disclosure disclosure)
    {
        long sum = 0;
        foreach (var table in disclosure.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    sum += cell.AmountOrZero.Ticks;
                }
            }
        }

        return sum;
    }
}
