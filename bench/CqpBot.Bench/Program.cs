using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CqpBot.Bench;

// Wide enough for whole CQP ids: cut at 20 characters, two of them both read "charg(...)".
var config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(48));
BenchmarkSwitcher.FromAssembly(typeof(InterviewTurnBenchmarks).Assembly).Run(args, config);
