// npm run user:create -- --email someone@example.org --role admin [--name "Full Name"] [--project wir]
// Creates a workspace account from the console (the first admin, typically); asks for the
// password twice without echoing it. Uses DATABASE_URL, or the built-in PostgreSQL's data.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { passwordSchema } from "~/auth/password.server";
import { normalizeEmail } from "~/auth/users.server";
import { connectDatabase } from "../server/connect-database";

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, project: { type: "string", multiple: true } },
});

const input = z
  .object({
    email: z.email(),
    role: z.enum(["admin", "organiser", "evaluator"]),
    name: z.string().min(1).max(200).optional(),
    project: z.array(z.string()).optional(),
  })
  .safeParse(values);
if (!input.success) {
  console.error("Usage: npm run user:create -- --email you@example.org --role admin|organiser|evaluator [--name NAME] [--project SLUG]");
  process.exit(1);
}

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    output._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(question);
    };
  });
}

const password = await askHidden("Password (at least 12 characters): ");
const parsedPassword = passwordSchema.safeParse(password);
if (!parsedPassword.success) {
  console.error("The password must have 12 to 256 characters.");
  process.exit(1);
}
if ((await askHidden("The same password again: ")) !== password) {
  console.error("The two passwords are not the same.");
  process.exit(1);
}

const database = await connectDatabase();
try {
  const { prisma } = await import("~/db.server");
  const { createUser } = await import("~/auth/users.server");
  const email = normalizeEmail(input.data.email);
  if (await prisma.user.findUnique({ where: { email } })) {
    console.error(`There is already an account for ${email}.`);
    process.exitCode = 1;
  } else {
    const projects = await prisma.project.findMany({ where: { slug: { in: input.data.project ?? [] } } });
    const user = await createUser({
      email,
      name: input.data.name ?? email,
      role: input.data.role.toUpperCase() as "ADMIN" | "ORGANISER" | "EVALUATOR",
      password,
      projectIds: projects.map((p) => p.id),
    });
    console.log(`Created ${user.role.toLowerCase()} ${user.email}${projects.length ? ` for ${projects.map((p) => p.slug).join(", ")}` : ""}.`);
  }
  await prisma.$disconnect();
} finally {
  await database.stop();
}
