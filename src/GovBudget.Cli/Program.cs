using System.CommandLine;
using System.Text;
using GovBudget.Cli.Commands;

namespace GovBudget.Cli;

/// <summary>The govbudget command-line tool.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var root = new RootCommand("govbudget — 部门预算/部门决算公开文件的校验、渲染、生成与转换 (validate, render, generate, convert disclosures)")
        {
            ValidateCommand.Create(),
            ImportCommand.Create(),
            RenderCommand.Create(),
            GenerateCommand.Create(),
            ConvertCommand.Create(),
            RulesCommand.Create(),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"govbudget: {error.Message}");
            }

            return ExitCodes.UsageOrIo;
        }

        // Expected failures are one line on standard error and an exit code, never a stack trace.
        try
        {
            return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliOutputException ex)
        {
            Console.Error.WriteLine($"govbudget: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"govbudget: I/O error: {OneLine(ex.Message)}");
            return ExitCodes.UsageOrIo;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"govbudget: internal error: {ex.GetType().Name}: {OneLine(ex.Message)}");
            return ExitCodes.Internal;
        }
    }

    /// <summary>A message on one line.</summary>
    internal static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
