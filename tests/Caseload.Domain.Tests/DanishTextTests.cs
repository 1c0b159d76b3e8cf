using Caseload.Domain.Common;

namespace Caseload.Domain.Tests;

public sealed class DanishTextTests
{
    [Theory]
    [InlineData(0, "0 borgere")]
    [InlineData(1, "1 borger")]
    [InlineData(2, "2 borgere")]
    public void ACountTakesTheSingularOnlyForOne(int n, string expected)
        => DanishText.Count(n, "borger", "borgere").ShouldBe(expected);

    [Theory]
    [InlineData("Mette Andersen", "Mette Andersens")]
    [InlineData("Lars", "Lars'")]
    [InlineData("Felix", "Felix'")]
    public void TheGenitiveIsDanishNeverAnApostropheS(string name, string expected)
        => DanishText.Genitive(name).ShouldBe(expected);
}
