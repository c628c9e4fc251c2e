using BenchmarkDotNet.Running;
using CqpBot.Bench;

BenchmarkSwitcher.FromAssembly(typeof(InterviewTurnBenchmarks).Assembly).Run(args);
