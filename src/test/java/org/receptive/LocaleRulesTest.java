package org.receptive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Numbers and words come out the same on every machine: what ships never formats with the
 * default locale, which on a machine set to, say, Arabic (Egypt) writes Arabic-Indic digits in a
 * formula beside Latin ones, and in Turkish lower-cases "I" to a dotless "ı". Checked on the
 * compiled classes: the overloads without a {@code Locale} are never called.
 */
@AnalyzeClasses(packages = "org.receptive", importOptions = ImportOption.DoNotIncludeTests.class)
class LocaleRulesTest {

    private static final String WHY =
            "the app is in English and writes numbers the English way (Locale.ROOT), whatever the machine's language";

    @ArchTest
    static final ArchRule formattingNamesItsLocale = noClasses()
            .should().callMethod(String.class, "format", String.class, Object[].class)
            .orShould().callMethod(String.class, "formatted", Object[].class)
            .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
            .orShould().callMethod(PrintStream.class, "format", String.class, Object[].class)
            .orShould().callMethod(PrintWriter.class, "printf", String.class, Object[].class)
            .because(WHY);

    @ArchTest
    static final ArchRule caseChangesNameTheirLocale = noClasses()
            .should().callMethod(String.class, "toLowerCase")
            .orShould().callMethod(String.class, "toUpperCase")
            .because(WHY);
}
