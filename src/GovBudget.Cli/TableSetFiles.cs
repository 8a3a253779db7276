using GovBudget.TableSets;

namespace GovBudget.Cli;

/// <summary>Loads the table-set files named with <c>--table-set</c> into a registry beside the built-in sets.</summary>
internal static class TableSetFiles
{
    /// <summary>The built-in sets plus those in <paramref name="paths"/>; a file that cannot be read is reported on one line.</summary>
    public static bool TryLoad(IEnumerable<string> paths, out TableSetRegistry registry)
    {
        registry = TableSetRegistry.BuiltIn;
        foreach (var path in paths)
        {
            try
            {
                registry = registry.With(TableSet.Load(path));
            }
            catch (GovBudgetFormatException ex)
            {
                Console.Error.WriteLine($"govbudget: {Program.OneLine(ex.Message)}");
                return false;
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"govbudget: {path}: {Program.OneLine(ex.Message)}");
                return false;
            }
            catch (UnauthorizedAccessException ex)
            {
                Console.Error.WriteLine($"govbudget: {path}: {Program.OneLine(ex.Message)}");
                return false;
            }
        }

        return true;
    }
}
