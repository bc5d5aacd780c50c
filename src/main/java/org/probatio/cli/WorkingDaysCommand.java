package org.probatio.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.probatio.calendar.rules.BankHoliday;
import org.probatio.calendar.rules.BankHolidays;
import org.probatio.calendar.rules.WorkingDays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "working-days",
    mixinStandardHelpOptions = true,
    description = {
        "Working days in England and Wales: Monday to Friday, except bank holidays.",
        "Uses the bank holiday rules and the one-off changes built into this version of Probatio, from "
            + BankHolidays.FIRST_YEAR + " to " + BankHolidays.LAST_YEAR + ". It starts no database, so one-off changes",
        "an administrator has added on the Bank holidays page are not included."},
    subcommands = {WorkingDaysCommand.Add.class, WorkingDaysCommand.ListHolidays.class})
class WorkingDaysCommand {

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Print the date N working days after the date (before it, for a negative N). The date itself does not"
          + " count, and adding 0 prints it unchanged.")
  static class Add implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "YYYY-MM-DD", converter = GenerateCommand.IsoDate.class,
        description = "The date to count from.")
    LocalDate date;

    @Parameters(index = "1", paramLabel = "N", description = "How many working days to add; negative counts back.")
    int days;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      LocalDate answer;
      try {
        answer = WorkingDays.englandAndWales().add(date, days);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      spec.commandLine().getOut().println(answer);
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Print the year's bank holidays, one a line, as YYYY-MM-DD.")
  static class ListHolidays implements Callable<Integer> {

    @Parameters(paramLabel = "YEAR", description = "A year from " + BankHolidays.FIRST_YEAR + " to " + BankHolidays.LAST_YEAR + ".")
    int year;

    @Option(names = "--names", description = "Follow each date with a tab and the holiday's name.")
    boolean names;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      if (!BankHolidays.covers(year)) {
        throw new ParameterException(spec.commandLine(), "YEAR must be from " + BankHolidays.FIRST_YEAR + " to "
            + BankHolidays.LAST_YEAR + ", not " + year);
      }
      PrintWriter out = spec.commandLine().getOut();
      for (BankHoliday holiday : BankHolidays.englandAndWales().inYear(year)) {
        out.println(names ? holiday.date() + "\t" + holiday.name() : holiday.date().toString());
      }
      return 0;
    }
  }
}
