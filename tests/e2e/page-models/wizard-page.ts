import type { Locator, Page } from 'playwright-core';

/** 新建申报: policy card → program card → applicant → 「创建并开始填写」. */
export class WizardPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/new`);
    await this.page.locator('main h3', { hasText: '新建申报' }).waitFor();
  }

  /** The card of a pack on the first step. */
  policyCard(policyId: string): Locator {
    return this.page.getByTestId(`policy-${policyId}`);
  }

  /** Picks the policy card of a pack (`quzhou-2025`) and waits for the program step. */
  async choosePolicy(policyId: string): Promise<void> {
    await this.policyCard(policyId).click();
    await this.page.locator('[data-testid^="program-"]').first().waitFor();
  }

  async chooseProgram(programId: string): Promise<void> {
    await this.page.getByTestId(`program-${programId}`).click();
    await this.page.getByRole('button', { name: '创建并开始填写' }).waitFor();
  }

  /** The 依据 line of the program step, e.g. 「依据：衢政办发〔2025〕10号 二(六)19」. */
  citation(): Promise<string> {
    return this.page
      .locator('.ant-alert')
      .getByText(/^依据：/)
      .innerText();
  }

  /** Creates the draft for a new applicant (filled in the editor) and waits for the editor. */
  async createForNewApplicant(): Promise<void> {
    await this.page.getByRole('radio', { name: /新的申报单位/ }).check();
    await this.page.getByRole('button', { name: '创建并开始填写' }).click();
    await this.page.getByTestId('save-state').waitFor();
  }

  /** The whole wizard: policy, program, a new applicant. */
  async create(baseUrl: string, policyId: string, programId: string): Promise<void> {
    await this.open(baseUrl);
    await this.choosePolicy(policyId);
    await this.chooseProgram(programId);
    await this.createForNewApplicant();
  }
}
